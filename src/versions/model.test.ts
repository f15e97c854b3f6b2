import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../schema/document';
import {
	buildVersionIndex,
	changeHistory,
	changeNotePlaceholders,
	compareUrl,
	compareVersionIds,
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

/** The real layout: a folder document with two versions, and a single-file document. */
const sources: VersionSource[] = [
	src('tiekartta', meta('tiekartta', '2024-05', { status: 'draft' })),
	src('tiekartta/2023-03', meta('tiekartta', '2023-03', { approvedOn: '2023-03' })),
	src('sv/tiekartta', meta('tiekartta', '2024-05', { status: 'draft' })),
	src('sv/tiekartta/2023-03', meta('tiekartta', '2023-03', { approvedOn: '2023-03' })),
	src('periaatteet', meta('periaatteet', '2022-10-10', { status: 'draft' })),
	src('sv/periaatteet', meta('periaatteet', '2022-10-10', { status: 'draft' })),
];

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
	const index = buildVersionIndex(sources);

	it('addresses: stable for the current version, permanent for every version, same scheme in Swedish', () => {
		const fi = historyOf(index, 'tiekartta', 'fi');
		expect(fi?.current.version).toBe('2024-05');
		expect(fi?.versions.map((v) => [v.version, v.url, v.permalink, v.stableUrl])).toEqual([
			['2023-03', '/tiekartta/2023-03/', '/tiekartta/2023-03/', '/tiekartta/'],
			['2024-05', '/tiekartta/', '/tiekartta/2024-05/', '/tiekartta/'],
		]);
		const sv = historyOf(index, 'tiekartta', 'sv');
		expect(sv?.versions.map((v) => [v.url, v.permalink])).toEqual([
			['/sv/tiekartta/2023-03/', '/sv/tiekartta/2023-03/'],
			['/sv/tiekartta/', '/sv/tiekartta/2024-05/'],
		]);
	});

	it('gives a single-file document a permanent address too', () => {
		const h = historyOf(index, 'periaatteet', 'sv');
		expect(h?.current.url).toBe('/sv/periaatteet/');
		expect(h?.current.permalink).toBe('/sv/periaatteet/2022-10-10/');
	});

	it('finds the version at a path, telling the permanent copy of the current version apart', () => {
		expect(versionAt(index, '/tiekartta/')).toMatchObject({ version: { version: '2024-05' }, isPermanentCopy: false });
		expect(versionAt(index, '/tiekartta/2024-05/')).toMatchObject({
			version: { version: '2024-05', isCurrent: true },
			isPermanentCopy: true,
		});
		expect(versionAt(index, '/sv/tiekartta/2023-03/')).toMatchObject({
			version: { version: '2023-03', isCurrent: false, lang: 'sv' },
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

	it('fails when the current version is not the newest', () => {
		const list = sources.map((s) =>
			s.entryId.endsWith('tiekartta') ? { ...s, meta: { ...s.meta, version: '2023-01' } } : s,
		);
		fails(list, /current version 2023-01 .* is not the newest/);
	});

	it('fails when a version appears twice or an older version sits elsewhere', () => {
		fails([...sources, src('muu/2023-03', meta('tiekartta', '2023-03'))], /appears twice/);
		fails([...sources, src('muu/2022', meta('tiekartta', '2022'))], /must sit beside the current one/);
	});

	it('fails when the languages have different versions', () => {
		fails(
			sources.filter((s) => s.entryId !== 'sv/tiekartta/2023-03'),
			/Finnish versions \[2023-03, 2024-05\] differ from Swedish \[2024-05\]/,
		);
	});

	it('fails when a file name looks like a version but is not this one', () => {
		fails([...sources, src('tiekartta/2022', meta('tiekartta', '2021'))], /file name looks like a version/);
	});

	it('fails when an approved version still has the placeholder change note', () => {
		const list = sources.map((s) =>
			s.entryId === 'tiekartta/2023-03'
				? { ...s, meta: { ...s.meta, changeNote: `${changeNotePlaceholders.fi} x` } }
				: s,
		);
		fails(list, /changeNote is still the placeholder/);
	});
});
