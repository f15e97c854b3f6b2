/**
 * `npm run new-version`: the pure plan, and the script run on a temporary copy of content/docs.
 * The result must pass the document schema and the version layout checks the build runs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentMetaSchema } from '../../src/schema/document';
import {
	buildVersionIndex,
	historyOf,
	compareVersionIds as modelCompare,
	changeNotePlaceholders as modelPlaceholders,
} from '../../src/versions/model';
import {
	changeNotePlaceholders,
	compareVersionIds,
	documentOf,
	editDocumentBlock,
	NewVersionError,
	planNewVersion,
	planRulesCopy,
} from './new-version.mjs';

const page = (document: string, body = 'Teksti.\n') =>
	`---\ntitle: Otsikko\ndescription: Kuvaus\ndocument:\n${document}\n---\n\n${body}`;
const doc = (version: string, status = 'in-force', extra = '') =>
	`  id: ohje\n  version: "${version}"\n  status: ${status}\n  approvedBy: aluehallitus\n  approvedOn: "2024-01-10"\n  inForceFrom: "2024-02-01"\n  changeNote: Pitkä muutoskuvaus,\n    joka jatkuu toisella rivillä.\n  changeKind: minor\n  sources: ["001"]${extra}`;

describe('editDocumentBlock', () => {
	it('replaces, removes and adds keys of the document block only, multi-line values whole', () => {
		const text = page(doc('2024'), 'status: tämä rivi on tekstiä\n');
		const out = editDocumentBlock(text, {
			status: 'draft',
			changeNote: '"Uusi"',
			approvedBy: null,
			upToDateAsOf: '"2025-01-01"',
		});
		expect(documentOf(out)).toMatchObject({ status: 'draft', changeNote: 'Uusi', upToDateAsOf: '2025-01-01' });
		expect(documentOf(out)).not.toHaveProperty('approvedBy');
		expect(out).toContain('title: Otsikko\ndescription: Kuvaus\n');
		expect(out).toContain('\nstatus: tämä rivi on tekstiä\n');
		expect(out).not.toContain('toisella rivillä');
	});
});

describe('planNewVersion', () => {
	const files = [
		{ path: 'ohje.mdx', text: page(doc('2024')) },
		{ path: 'sv/ohje.mdx', text: page(doc('2024')) },
		{ path: 'muu.mdx', text: '---\ntitle: Muu\n---\n' },
	];
	const draftDoc = '  id: ohje\n  version: "2024"\n  status: draft\n  changeNote: Luonnos.\n  sources: ["001"]';
	const draftFiles = [
		{ path: 'ohje.mdx', text: page(draftDoc) },
		{ path: 'sv/ohje.mdx', text: page(draftDoc) },
	];

	it('keeps a version in force at the stable address, untouched, and writes the draft beside it as a proposal', () => {
		const plan = planNewVersion({ files, docId: 'ohje', newVersion: '2025' });
		expect(plan.oldVersion).toBe('2024');
		expect(plan.placement).toBe('proposal');
		expect(plan.writes.map((w) => w.path)).toEqual(['ohje/2025.mdx', 'sv/ohje/2025.mdx']);
		expect(plan.removes).toEqual([]);
		const [neu, svNew] = plan.writes.map((w) => documentOf(w.text));
		expect(neu).toEqual({
			id: 'ohje',
			version: '2025',
			status: 'draft',
			changeNote: changeNotePlaceholders.fi,
			changeKind: 'major',
			sources: ['001'],
		});
		expect(svNew?.changeNote).toBe(changeNotePlaceholders.sv);
		expect(plan.writes[0]?.text).toContain('\nTeksti.\n');
		// The site's own checks accept the result: the version in force stays current, the draft is a proposal.
		const after = [...files.filter((f) => f.path.endsWith('ohje.mdx')), ...plan.writes].map((f) => ({
			entryId: f.path.replace(/\.mdx$/, '').replace(/\/index$/, ''),
			title: f.path,
			description: '',
			meta: documentMetaSchema.parse(documentOf(f.text)),
		}));
		const h = historyOf(buildVersionIndex(after), 'ohje', 'fi');
		expect(h?.versions.map((v) => [v.version, v.role, v.meta.status])).toEqual([
			['2024', 'current', 'in-force'],
			['2025', 'proposal', 'draft'],
		]);
	});

	it('moves a current draft aside as it is: a draft never marks anything superseded', () => {
		const plan = planNewVersion({ files: draftFiles, docId: 'ohje', newVersion: '2025' });
		expect(plan.placement).toBe('current');
		expect(plan.writes.map((w) => w.path)).toEqual([
			'ohje/2024.mdx',
			'ohje/index.mdx',
			'sv/ohje/2024.mdx',
			'sv/ohje/index.mdx',
		]);
		expect(plan.removes).toEqual(['ohje.mdx', 'sv/ohje.mdx']);
		expect(plan.writes[0]?.text).toBe(draftFiles[0]?.text);
		for (const w of plan.writes) expect(documentOf(w.text)?.status).toBe('draft');
	});

	it('never writes "superseded"', () => {
		for (const input of [files, draftFiles]) {
			for (const w of planNewVersion({ files: input, docId: 'ohje', newVersion: '2025' }).writes) {
				expect(w.text).not.toMatch(/status: superseded/);
			}
		}
	});

	it('refuses --in-force-until: a new draft does not end the validity of the version in force', () => {
		expect(() => planNewVersion({ files, docId: 'ohje', newVersion: '2025', inForceUntil: '2025-01-31' })).toThrow(
			/does not end the validity of the version in force/,
		);
	});

	it('puts a new version after the newest one, proposals included', () => {
		const withProposal = [...files, ...planNewVersion({ files, docId: 'ohje', newVersion: '2025' }).writes];
		expect(() => planNewVersion({ files: withProposal, docId: 'ohje', newVersion: '2025' })).toThrow(
			/must come after the newest version "2025"/,
		);
		expect(
			planNewVersion({ files: withProposal, docId: 'ohje', newVersion: '2026' }).writes.map((w) => w.path),
		).toEqual(['ohje/2026.mdx', 'sv/ohje/2026.mdx']);
	});

	it('writes metadata the document schema accepts', () => {
		for (const w of planNewVersion({ files, docId: 'ohje', newVersion: '2025', changeKind: 'minor' }).writes) {
			expect(documentMetaSchema.safeParse(documentOf(w.text)).success).toBe(true);
		}
	});

	it.each([
		['2023', /must come after the current version "2024"/],
		['2024', /must come after/],
		['2025.1', /not a usable version id/],
		['vertaa', /not a usable version id/],
		['Uusi', /not a usable version id/],
	])('refuses the version "%s"', (newVersion, message) => {
		expect(() => planNewVersion({ files, docId: 'ohje', newVersion })).toThrow(message);
	});

	it('refuses an unknown document, a missing language and an unknown kind of change', () => {
		expect(() => planNewVersion({ files, docId: 'ei-ole', newVersion: '2025' })).toThrow(/no current version/);
		expect(() => planNewVersion({ files: files.slice(0, 1), docId: 'ohje', newVersion: '2025' })).toThrow(/in Swedish/);
		expect(() => planNewVersion({ files, docId: 'ohje', newVersion: '2025', changeKind: 'huge' as 'major' })).toThrow(
			NewVersionError,
		);
	});

	it('agrees with the site on version order and placeholders', () => {
		expect(changeNotePlaceholders).toEqual(modelPlaceholders);
		const ids = ['2024-05', '2', '2023', '10', '2023-03', '2022-10-10', '2024'];
		expect([...ids].sort(compareVersionIds)).toEqual([...ids].sort(modelCompare));
	});
});

describe('planRulesCopy: the grant rules go with the principles', () => {
	const rulesJson = JSON.stringify({ source: { entry: 'periaatteet' } });
	const ruleFiles = [
		{ path: '2022/rules.json', text: rulesJson },
		{ path: '2022/forms.json', text: '{"v":2022}' },
		{ path: '2023/rules.json', text: rulesJson },
		{ path: '2023/forms.json', text: '{"v":2023}' },
		{ path: 'texts.json', text: '{}' },
	];
	const docFiles = [
		{ path: 'periaatteet/index.mdx', text: page(doc('2023').replace('id: ohje', 'id: periaatteet')) },
		{ path: 'ohje.mdx', text: page(doc('2024')) },
	];

	it('copies the newest rule set (not the shared texts) to the new version of the document the rules come from', () => {
		expect(planRulesCopy({ ruleFiles, docFiles, docId: 'periaatteet', newVersion: '2025' })).toEqual({
			from: '2023',
			writes: [
				{ path: '2025/rules.json', text: rulesJson },
				{ path: '2025/forms.json', text: '{"v":2023}' },
			],
		});
	});
	it('copies nothing for another document, and refuses to overwrite a rule set', () => {
		expect(planRulesCopy({ ruleFiles, docFiles, docId: 'ohje', newVersion: '2025' })).toEqual({
			from: undefined,
			writes: [],
		});
		expect(() => planRulesCopy({ ruleFiles, docFiles, docId: 'periaatteet', newVersion: '2022' })).toThrow(
			NewVersionError,
		);
	});
});

describe('npm run new-version on a temporary copy of content/docs', () => {
	const dir = mkdtempSync(join(tmpdir(), 'new-version-'));
	cpSync(resolve('content/docs'), dir, { recursive: true });
	const rulesDir = mkdtempSync(join(tmpdir(), 'new-version-rules-'));
	cpSync(resolve('content/data/grant-check'), rulesDir, { recursive: true });
	afterAll(() => {
		rmSync(dir, { recursive: true, force: true });
		rmSync(rulesDir, { recursive: true, force: true });
	});
	const run = (...args: string[]) =>
		spawnSync(process.execPath, [resolve('scripts/new-version.mjs'), ...args, '--root', dir, '--rules', rulesDir], {
			encoding: 'utf8',
		});

	/** The version index of the copy, built by the same code as the site's. */
	const index = () => {
		const walk = (sub: string): string[] =>
			spawnSync('find', [join(dir, sub), '-name', '*.mdx'], { encoding: 'utf8' })
				.stdout.trim()
				.split('\n');
		return buildVersionIndex(
			walk('.')
				.map((file) => ({ file, meta: documentOf(readFileSync(file, 'utf8')) }))
				.filter((x) => x.meta)
				.map(({ file, meta }) => {
					const id = file
						.slice(dir.length + 1)
						.replace(/^\.\//, '')
						.replace(/\.mdx$/, '')
						.replace(/\/index$/, '');
					return { entryId: id, title: id, description: '', meta: documentMetaSchema.parse(meta) };
				}),
		);
	};

	it('starts a new draft of the roadmap beside its approved version, in both languages', () => {
		const before = readFileSync(join(dir, 'tiekartta/index.mdx'), 'utf8');
		const result = run('tiekartta', '2025-06');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Started version 2025-06 of "tiekartta" as a proposal');
		expect(readFileSync(join(dir, 'tiekartta/index.mdx'), 'utf8')).toBe(before);
		for (const prefix of ['', 'sv/']) {
			expect(documentOf(readFileSync(join(dir, `${prefix}tiekartta/index.mdx`), 'utf8'))?.status).toBe('approved');
			expect(documentOf(readFileSync(join(dir, `${prefix}tiekartta/2025-06.mdx`), 'utf8'))).toMatchObject({
				version: '2025-06',
				status: 'draft',
			});
		}
		// The roadmap has no grant rules: none are carried along.
		expect(existsSync(join(rulesDir, '2025-06'))).toBe(false);
		const h = historyOf(index(), 'tiekartta', 'sv');
		expect(h?.versions.map((v) => [v.version, v.url, v.role])).toEqual([
			['2023-03', '/sv/tiekartta/', 'current'],
			['2024-05', '/sv/tiekartta/2024-05/', 'proposal'],
			['2025-06', '/sv/tiekartta/2025-06/', 'proposal'],
		]);
	});

	it('moves a single-file draft document into a folder, keeping its status', () => {
		const result = run('periaatteet', '2026-01');
		expect(result.status).toBe(0);
		expect(existsSync(join(dir, 'periaatteet.mdx'))).toBe(false);
		expect(documentOf(readFileSync(join(dir, 'sv/periaatteet/2022-10-10.mdx'), 'utf8'))?.status).toBe('draft');
		expect(historyOf(index(), 'periaatteet', 'fi')?.current).toMatchObject({
			version: '2026-01',
			url: '/periaatteet/',
		});
		// The principles carry the grant rules: the new version gets a copy of the newest rule set.
		expect(result.stdout).toContain('the rules of 2022-10-10');
		for (const name of ['questions.json', 'rules.json', 'forms.json']) {
			expect(readFileSync(join(rulesDir, '2026-01', name), 'utf8')).toBe(
				readFileSync(join(rulesDir, '2022-10-10', name), 'utf8'),
			);
		}
		expect(existsSync(join(rulesDir, '2026-01', 'texts.json'))).toBe(false);
	});

	it('fails with a message and changes nothing on a bad request', () => {
		const before = readFileSync(join(dir, 'tiekartta/index.mdx'), 'utf8');
		const result = run('tiekartta', '2025-01');
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/new-version: the new version "2025-01" must come after the newest version "2025-06"/,
		);
		expect(readFileSync(join(dir, 'tiekartta/index.mdx'), 'utf8')).toBe(before);
		expect(run('tiekartta', '2026', '--in-force-until', '2025-12-31').status).toBe(1);
		expect(run().status).toBe(1);
		expect(run('--help').status).toBe(0);
	});
});
