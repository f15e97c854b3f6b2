import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentMeta } from '~/schema/document';
import {
	buildVersionIndex,
	changeHistory,
	changeNotePlaceholders,
	compareUrl,
	compareVersionIds,
	type DocHistory,
	formerAddresses,
	historyOf,
	previousVersion,
	VersionIndexError,
	type VersionSource,
	versionAt,
	versionDate,
	versionPairs,
} from './model';

const meta = (id: string, version: string, extra: Partial<DocumentMeta> = {}): DocumentMeta => ({
	id,
	version,
	status: 'superseded',
	changeNote: `note ${version}`,
	changeKind: 'major',
	sources: ['004'],
	...extra,
});

const src = (entryId: string, m: DocumentMeta): VersionSource => ({
	entryId,
	title: `${m.id} ${m.version}`,
	description: 'd',
	meta: m,
});

const approved = { status: 'approved', approvedBy: 'lautakunta', approvedOn: '2023-03' } as const;
const presented = { status: 'presented', presentedTo: 'osallisuuslautakunta', presentedOn: '2024-05-27' } as const;

/**
 * The real layout: a folder document whose approved version keeps the stable address while a newer
 * presented version is a proposal beside it, a folder document with two undecided versions (the
 * newest is current), and a single-file document.
 */
const sources: VersionSource[] = [
	src('tiekartta', meta('tiekartta', '2023-03', approved)),
	src('tiekartta/2024-05', meta('tiekartta', '2024-05', presented)),
	src('sv/tiekartta', meta('tiekartta', '2023-03', approved)),
	src('sv/tiekartta/2024-05', meta('tiekartta', '2024-05', presented)),
	src('toimeenpanosuunnitelma', meta('toimeenpanosuunnitelma', '2024', presented)),
	src('toimeenpanosuunnitelma/2023', meta('toimeenpanosuunnitelma', '2023', presented)),
	src('sv/toimeenpanosuunnitelma', meta('toimeenpanosuunnitelma', '2024', presented)),
	src('sv/toimeenpanosuunnitelma/2023', meta('toimeenpanosuunnitelma', '2023', presented)),
	src('periaatteet', meta('periaatteet', '2022-10-10', { status: 'draft' })),
	src('sv/periaatteet', meta('periaatteet', '2022-10-10', { status: 'draft' })),
];
/** Replaces the metadata of the entries whose id matches. */
const withMeta = (list: VersionSource[], match: RegExp, extra: Partial<DocumentMeta>) =>
	list.map((s) => (match.test(s.entryId) ? { ...s, meta: { ...s.meta, ...extra } } : s));

describe('compareVersionIds', () => {
	it('orders date-like and numbered versions', () => {
		const ids = ['2024', '2023-03', '2023', '2024-05', '2022-10-10', '10', '2'];
		expect([...ids].sort(compareVersionIds)).toEqual(['2', '10', '2022-10-10', '2023', '2023-03', '2024', '2024-05']);
	});
	it('treats equal ids as equal', () => {
		expect(compareVersionIds('2024-05', '2024-05')).toBe(0);
	});
});

describe('versionDate', () => {
	it('prefers the approval date, then the start of validity, then a date-like version id', () => {
		expect(versionDate(meta('a', '2024', { approvedOn: '2023-03', inForceFrom: '2023-04-01' }))).toBe('2023-03');
		expect(versionDate(meta('a', '2024', { inForceFrom: '2023-04-01' }))).toBe('2023-04-01');
		expect(versionDate(meta('a', '2024-05'))).toBe('2024-05');
		expect(versionDate(meta('a', 'v2'))).toBeUndefined();
	});
});

describe('buildVersionIndex', () => {
	// Built in each test, not while the file is collected: Stryker counts work done outside a test as
	// "static" and then runs every related test for each mutant in it (docs/mutation-testing.md).
	let index: DocHistory[];
	beforeEach(() => {
		index = buildVersionIndex(sources);
	});

	it('addresses: the approved version at the stable address, a newer proposal at its own, same scheme in Swedish', () => {
		const fi = historyOf(index, 'tiekartta', 'fi');
		expect(fi?.current.version).toBe('2023-03');
		expect(fi?.versions.map((v) => [v.version, v.role, v.url, v.permalink, v.stableUrl])).toEqual([
			['2023-03', 'current', '/tiekartta/', '/tiekartta/2023-03/', '/tiekartta/'],
			['2024-05', 'proposal', '/tiekartta/2024-05/', '/tiekartta/2024-05/', '/tiekartta/'],
		]);
		expect(fi?.proposals.map((v) => v.version)).toEqual(['2024-05']);
		const sv = historyOf(index, 'tiekartta', 'sv');
		expect(sv?.versions.map((v) => [v.url, v.permalink])).toEqual([
			['/sv/tiekartta/', '/sv/tiekartta/2023-03/'],
			['/sv/tiekartta/2024-05/', '/sv/tiekartta/2024-05/'],
		]);
	});

	it('without an approved version, the newest version is current and the older ones stay as they were', () => {
		const h = historyOf(index, 'toimeenpanosuunnitelma', 'fi');
		expect(h?.versions.map((v) => [v.version, v.role, v.meta.status])).toEqual([
			['2023', 'older', 'presented'],
			['2024', 'current', 'presented'],
		]);
		expect(h?.proposals).toEqual([]);
	});

	it('gives a single-file document a permanent address too', () => {
		const h = historyOf(index, 'periaatteet', 'sv');
		expect(h?.current.url).toBe('/sv/periaatteet/');
		expect(h?.current.permalink).toBe('/sv/periaatteet/2022-10-10/');
	});

	it('finds the version at a path, telling the permanent copy of the current version apart', () => {
		expect(versionAt(index, '/tiekartta/')).toMatchObject({ version: { version: '2023-03' }, isPermanentCopy: false });
		expect(versionAt(index, '/tiekartta/2023-03/')).toMatchObject({
			version: { version: '2023-03', isCurrent: true },
			isPermanentCopy: true,
		});
		expect(versionAt(index, '/sv/tiekartta/2024-05/')).toMatchObject({
			version: { version: '2024-05', isCurrent: false, role: 'proposal', lang: 'sv' },
			isPermanentCopy: false,
		});
		expect(versionAt(index, '/tiekartta/1999/')).toBeUndefined();
	});

	it('pairs, previous versions and compare addresses', () => {
		const h = historyOf(index, 'tiekartta', 'fi');
		if (!h) throw new Error('missing');
		expect(versionPairs(h).map(([a, b]) => `${a.version}→${b.version}`)).toEqual(['2023-03→2024-05']);
		expect(previousVersion(h, '2024-05')?.version).toBe('2023-03');
		expect(previousVersion(h, '2023-03')).toBeUndefined();
		expect(compareUrl('tiekartta', '2023-03', '2024-05', 'sv')).toBe('/sv/tiekartta/vertaa/2023-03/2024-05/');
	});

	it('lists the change history newest first', () => {
		expect(changeHistory(index, 'fi').map((v) => `${v.docId} ${v.version}`)).toEqual([
			'tiekartta 2024-05',
			'toimeenpanosuunnitelma 2024',
			'toimeenpanosuunnitelma 2023',
			'tiekartta 2023-03',
			'periaatteet 2022-10-10',
		]);
	});

	const fails = (list: VersionSource[], message: RegExp) => {
		expect(() => buildVersionIndex(list)).toThrow(VersionIndexError);
		expect(() => buildVersionIndex(list)).toThrow(message);
	};

	it('fails when a document has no current version', () => {
		fails(
			sources.filter((s) => s.entryId !== 'tiekartta'),
			/"tiekartta" \(fi\): no current version/,
		);
	});

	it('fails when the current version is not the newest and none is approved', () => {
		const list = withMeta(sources, /toimeenpanosuunnitelma$/, { version: '2022' });
		fails(list, /current version 2022 .* is not the newest/);
	});

	describe('a draft never supersedes an approved or in-force version', () => {
		const draftOnTop = [
			src('tiekartta', meta('tiekartta', '2024-05', { status: 'draft' })),
			src('tiekartta/2023-03', meta('tiekartta', '2023-03', { ...approved, status: 'superseded' })),
		];
		it('rejects a draft at the stable address over an approved version', () => {
			fails(
				draftOnTop,
				/stable address \(tiekartta, "draft"\) must show the newest approved or in-force version, 2023-03 .* a draft never replaces an approved text/,
			);
		});
		it('rejects "superseded" when no later approved or in-force version replaced it', () => {
			fails(
				draftOnTop,
				/tiekartta\/2023-03: status "superseded", but no later approved or in-force version replaced it/,
			);
			fails(
				withMeta(sources, /toimeenpanosuunnitelma\/2023$/, { status: 'superseded' }),
				/toimeenpanosuunnitelma\/2023: status "superseded", but no later approved/,
			);
		});
		it('rejects a presented version put at the stable address over an in-force one', () => {
			fails(
				[
					src('x', meta('x', '2', presented)),
					src('x/1', meta('x', '1', { status: 'in-force', approvedBy: 'aluehallitus', approvedOn: '2023-01-01' })),
				],
				/stable address \(x, "presented"\) must show the newest approved or in-force version, 1/,
			);
		});
		it('accepts "superseded" when a later approved version replaced it', () => {
			const ok = [
				src('x', meta('x', '2', { ...approved, approvedOn: '2024-01' })),
				src('x/1', meta('x', '1', { ...approved, status: 'superseded' })),
				src('x/3', meta('x', '3', { status: 'draft' })),
			];
			const bothLanguages = [...ok, ...ok.map((x) => ({ ...x, entryId: `sv/${x.entryId}` }))];
			const h = historyOf(buildVersionIndex(bothLanguages), 'x', 'fi');
			expect(h?.versions.map((v) => v.role)).toEqual(['older', 'current', 'proposal']);
		});
		it('rejects an older approved version left "approved" under a later approved one', () => {
			fails(
				[src('x', meta('x', '2', { ...approved, approvedOn: '2024-01' })), src('x/1', meta('x', '1', approved))],
				/x\/1: status "approved", but a later approved version replaced it: mark it "superseded"/,
			);
		});
	});

	it('fails when a version appears twice or an older version sits elsewhere', () => {
		fails([...sources, src('muu/2023-03', meta('tiekartta', '2023-03', { status: 'draft' }))], /appears twice/);
		fails(
			[...sources, src('muu/2022', meta('tiekartta', '2022', { status: 'draft' }))],
			/must sit beside the current one/,
		);
	});

	it('fails when the languages have different versions', () => {
		fails(
			sources.filter((s) => s.entryId !== 'sv/tiekartta/2024-05'),
			/Finnish versions \[2023-03, 2024-05\] differ from Swedish \[2023-03\]/,
		);
	});

	it('fails when a file name looks like a version but is not this one', () => {
		fails(
			[...sources, src('tiekartta/2022', meta('tiekartta', '2021', { status: 'draft' }))],
			/file name looks like a version/,
		);
	});

	it('keeps the addresses of former version ids, and refuses one that is in use', () => {
		const renamed = withMeta(sources, /^(sv\/)?periaatteet$/, { formerVersions: ['2022-10-03'] });
		expect(formerAddresses(buildVersionIndex(renamed)).map((f) => [f.path, f.version.permalink])).toEqual([
			['/periaatteet/2022-10-03/', '/periaatteet/2022-10-10/'],
			['/sv/periaatteet/2022-10-03/', '/sv/periaatteet/2022-10-10/'],
		]);
		fails(withMeta(sources, /^tiekartta$/, { formerVersions: ['2024-05'] }), /former version id "2024-05" is in use/);
	});

	it('fails when an approved version still has the placeholder change note', () => {
		const list = sources.map((s) =>
			s.entryId === 'tiekartta' ? { ...s, meta: { ...s.meta, changeNote: `${changeNotePlaceholders.fi} x` } } : s,
		);
		fails(list, /changeNote is still the placeholder/);
	});
});
