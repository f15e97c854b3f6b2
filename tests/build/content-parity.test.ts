/**
 * Swedish is never a lesser copy: every Finnish page has a Swedish page at the same path, and
 * both language versions of a document share the version identity, status and dates.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = 'content/docs';

/** Markdown files under `base`, relative to it; the Swedish tree is not part of the Finnish one. */
function files(base: string, dir = base): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return full === join(root, 'sv') ? [] : files(base, full);
		return /\.mdx?$/.test(name) ? [relative(base, full)] : [];
	});
}

function frontMatter(file: string): Record<string, unknown> {
	const text = readFileSync(file, 'utf8');
	const m = text.match(/^---\n([\s\S]*?)\n---/);
	if (!m?.[1]) throw new Error(`${file}: no front matter`);
	return yaml.load(m[1]) as Record<string, unknown>;
}

const fiFiles = files(root);
const svFiles = files(join(root, 'sv'));

describe('content parity between Finnish and Swedish', () => {
	it('has the same pages in both languages', () => {
		expect(svFiles.sort()).toEqual([...fiFiles].sort());
	});

	it.each(fiFiles)('%s: the Swedish version shares the document metadata', (file) => {
		const fi = frontMatter(join(root, file)).document as Record<string, unknown> | undefined;
		const sv = frontMatter(join(root, 'sv', file)).document as Record<string, unknown> | undefined;
		const { changeNote: _fiNote, ...fiShared } = fi ?? {};
		const { changeNote: _svNote, ...svShared } = sv ?? {};
		expect(svShared).toEqual(fiShared);
		if (fi) expect(sv?.changeNote).not.toEqual(fi.changeNote);
	});
});
