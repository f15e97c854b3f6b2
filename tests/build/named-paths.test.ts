/**
 * Comments, data `$comment`s and maintainers' guides name files by path ("src/grant-check/data.ts",
 * "content/data/council.json"); a file that moves leaves such a name behind. Every path named in
 * src/, scripts/, content/data/, docs/ (not the decision records, which keep the state of their
 * day) and README.md must exist. A name with a placeholder or a wildcard (`<version>`, `*`) and the
 * paths Starlight assumes (src/content/…) are not checked; test files name missing paths on purpose.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const roots = ['src', 'scripts', 'content/data', 'docs', 'README.md'];
const read = /\.(ts|tsx|astro|css|mjs|json|md)$/;

const filesUnder = (root: string): string[] =>
	statSync(root).isDirectory()
		? readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => join(root, f))
		: [root];

const files = roots
	.flatMap(filesUnder)
	.map((f) => f.replaceAll('\\', '/'))
	.filter((f) => read.test(f) && !f.includes('.test.') && !f.startsWith('docs/adr/'));

/** A path such as src/x/y.ts or content/data/z/, not part of a longer path or an import ('~/…'). */
const namedPath = /(?<![\w./~-])(?:src|scripts|content|docs|tests)\/[\w./-]*[\w/]/g;

/** It exists, or it is the start of an existing name (docs/adr/0003 → docs/adr/0003-….md). */
function exists(path: string): boolean {
	if (existsSync(path)) return true;
	const dir = dirname(path);
	const base = path.slice(dir.length + 1);
	return existsSync(dir) && readdirSync(dir).some((f) => f.startsWith(base));
}

describe('every path named in the sources and guides exists', () => {
	it('finds files to read', () => expect(files.length).toBeGreaterThan(100));

	const named = files.flatMap((file) =>
		readFileSync(file, 'utf8')
			.split('\n')
			.flatMap((line, i) =>
				[...line.matchAll(namedPath)]
					.filter((m) => !/^[<*{]/.test(line.slice((m.index ?? 0) + m[0].length)))
					.map((m) => m[0].replace(/[.]+$/, ''))
					.filter((p) => !p.startsWith('src/content/'))
					.map((p) => ({ where: `${file}:${i + 1}`, path: p })),
			),
	);

	it('finds named paths', () => expect(named.length).toBeGreaterThan(100));

	it('names no missing file', () => {
		expect(named.filter((n) => !exists(n.path)).map((n) => `${n.where}: ${n.path}`)).toEqual([]);
	});
});
