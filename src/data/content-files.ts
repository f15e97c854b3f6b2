/**
 * Test helpers: the pages of content/docs read from their MDX files, as the build reads them
 * (front matter; headings for the section resolver, ./sections.ts). Not for the build: it reads
 * the content collection (./sections-content.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { headingIds, type PageLoader } from './sections';

const docs = new URL('../../content/docs/', import.meta.url);

/** The MDX file of an entry ("tiekartta" → content/docs/tiekartta/index.mdx), or undefined. */
function fileOf(entry: string): URL | undefined {
	return [`${entry}.mdx`, `${entry}/index.mdx`].map((f) => new URL(f, docs)).find((u) => existsSync(u));
}

/** A page's front matter and body. */
export function readPage(entry: string): { data: Record<string, unknown>; body: string } {
	const file = fileOf(entry);
	if (!file) throw new Error(`content/docs/${entry}.mdx does not exist`);
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
	if (!m) throw new Error(`content/docs/${entry}.mdx has no front matter`);
	return { data: (yaml.load(m[1] ?? '') ?? {}) as Record<string, unknown>, body: m[2] ?? '' };
}

/** The texts of a Markdown body's headings (## to ######), outside code blocks. */
export function headingTexts(body: string): string[] {
	const out: string[] = [];
	let fence = false;
	for (const line of body.split(/\r?\n/)) {
		if (/^(```|~~~)/.test(line)) fence = !fence;
		const m = fence ? null : /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(line);
		if (m?.[1]) out.push(m[1]);
	}
	return out;
}

/** The section resolver's page loader, reading the MDX files. */
export const filePages: PageLoader = async (entry) => {
	if (!fileOf(entry)) return undefined;
	const { data, body } = readPage(entry);
	return { title: String(data['title'] ?? ''), headings: headingIds(headingTexts(body)) };
};
