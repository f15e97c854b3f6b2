import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { bilingual } from '~/i18n/bilingual';
import { checklistSchema } from './checklist';
import { checkData, DataError, dataFile, loadData } from './load';

describe('dataFile', () => {
	it('names a file under content/data from a relative path or an import.meta.glob key', () => {
		expect(dataFile('council.json')).toBe('content/data/council.json');
		expect(dataFile('roadmap/roadmap.json')).toBe('content/data/roadmap/roadmap.json');
		expect(dataFile('../../content/data/cooperation-forms/functional.json')).toBe(
			'content/data/cooperation-forms/functional.json',
		);
	});
});

describe('loadData', () => {
	const schema = z.object({ title: bilingual, items: z.array(z.object({ n: z.number() }).strict()) }).strict();

	it('returns the parsed data', () => {
		expect(loadData('x/ok.json', schema, { title: { fi: ' a ', sv: 'b' }, items: [{ n: 1 }] })).toEqual({
			title: { fi: 'a', sv: 'b' },
			items: [{ n: 1 }],
		});
	});

	it('names the file and the field of every problem', () => {
		const broken = { title: { fi: 'a', sv: '' }, items: [{ n: 1 }, { n: 'two' }] };
		expect(() => loadData('x/broken.json', schema, broken)).toThrow(DataError);
		let message = '';
		try {
			loadData('x/broken.json', schema, broken);
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message).toMatch(/^Invalid content\/data\/x\/broken\.json:\n/);
		expect(message).toContain('- content/data/x/broken.json: title.sv: Swedish text is missing');
		expect(message).toMatch(/- content\/data\/x\/broken\.json: items\.1\.n: .+/);
	});

	it('names the whole file when the data is not an object', () => {
		expect(() => loadData('x/list.json', schema, [])).toThrow(/content\/data\/x\/list\.json: \(root\): /);
	});

	it('names the file and field of a real data file with a planted mistake', async () => {
		const raw = structuredClone((await import('../../content/data/checklist/checklist.json')).default) as {
			themes: { title: { sv: string } }[];
		};
		const theme = raw.themes[1];
		if (!theme) throw new Error('the checklist has fewer than two themes');
		theme.title.sv = '';
		expect(() => loadData('checklist/checklist.json', checklistSchema, raw)).toThrow(
			'content/data/checklist/checklist.json: themes.1.title.sv: Swedish text is missing',
		);
	});
});

describe('checkData', () => {
	it('gives the data, or the problems without throwing', () => {
		expect(checkData('a.json', z.number(), 1)).toEqual({ data: 1 });
		const { problems } = checkData('a.json', z.number(), 'one');
		expect(problems).toHaveLength(1);
		expect(problems?.[0]).toMatch(/^content\/data\/a\.json: \(root\): /);
	});
});

describe('every data file goes through loadData or checkData', () => {
	const root = new URL('../../', import.meta.url);
	const dataFiles = readdirSync(new URL('content/data/', root), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.json'))
		.map((f) => f.replaceAll('\\', '/'));
	const sources = new Map(
		readdirSync(new URL('src/', root), { recursive: true, encoding: 'utf8' })
			.map((f) => `src/${f.replaceAll('\\', '/')}`)
			.filter((f) => /\.(ts|astro)$/.test(f) && !f.includes('.test.'))
			.map((f) => [f, readFileSync(new URL(f, root), 'utf8')]),
	);
	const parses = (text: string) => /\b(loadData|checkData)\(/.test(text);
	/** A module parses what it imports itself, or hands it to a module of its folder that does. */
	const parsedBy = (file: string, text: string) =>
		parses(text) ||
		[...text.matchAll(/from '\.\/([\w-]+)'/g)].some((m) =>
			parses(sources.get(file.replace(/[^/]+$/, `${m[1]}.ts`)) ?? ''),
		);
	/** The files the `import.meta.glob` patterns under content/data read, as regexes (a `*` is one name). */
	const globbed = (text: string) =>
		[...text.matchAll(/import\.meta\.glob[^;]*?'[^']*content\/data\/([^']+)'/g)].map(
			(m) => new RegExp(`^${(m[1] ?? '').replaceAll('.', '\\.').replaceAll('*', '[^/]+')}$`),
		);

	it('finds the data files', () => {
		expect(dataFiles).toContain('council.json');
		expect(dataFiles.length).toBeGreaterThan(20);
	});

	it.each(dataFiles)('content/data/%s', (file) => {
		const readers = [...sources].filter(
			([, text]) =>
				new RegExp(`^import \\w+ from '[./]*/content/data/${file}';`, 'm').test(text) ||
				globbed(text).some((glob) => glob.test(file)),
		);
		expect(
			readers.map(([f]) => f),
			'no module imports it',
		).not.toEqual([]);
		for (const [f, text] of readers)
			expect(parsedBy(f, text), `${f} does not parse it with loadData/checkData`).toBe(true);
	});
});
