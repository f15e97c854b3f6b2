/**
 * Orders and lookups of the version model beyond the everyday layout of ./model.test.ts: version
 * ids with letters, dates of every kind, ties in the change history, the order of the index, nested
 * and unusual addresses, and the language of an entry.
 */
import { describe, expect, it } from 'vitest';
import {
	buildVersionIndex,
	changeHistory,
	compareVersionIds,
	historyOf,
	langOfEntry,
	previousVersion,
	versionAt,
	versionDate,
	versionPairs,
} from './model';
import { both, meta, page } from './test-helpers';

describe('compareVersionIds', () => {
	it('orders parts with letters as text, after numbers compare as numbers', () => {
		const sign = (a: string, b: string) => Math.sign(compareVersionIds(a, b));
		expect([sign('v1', 'v2'), sign('v2', 'v1'), sign('beta', 'alpha')]).toEqual([-1, 1, 1]);
		expect([sign('1.b', '1.a'), sign('1.a', '1.b')]).toEqual([1, -1]);
		// A number and a word: compared as text ("2" before "b"), in both directions.
		expect([sign('2', 'b'), sign('b', '2')]).toEqual([-1, 1]);
		expect([sign('2024-rc', '2024-1'), sign('2024-1', '2024-rc')]).toEqual([1, -1]);
		expect([sign('9', '10'), sign('10', '9'), sign('1.10', '1.9')]).toEqual([-1, 1, 1]);
		expect([sign('1', '1.0'), sign('1.0', '1'), sign('1.0', '1.0')]).toEqual([-1, 1, 0]);
	});

	it('reads a part as a number only when it is all digits (not "0x10" or "1e3", which Number() would read)', () => {
		const sign = (a: string, b: string) => Math.sign(compareVersionIds(a, b));
		// As text "0x10" < "9" and "1e3" < "2"; as numbers (16, 1000) it would be the other way round.
		expect([sign('0x10', '9'), sign('1e3', '2'), sign('9', '0x10'), sign('2', '1e3')]).toEqual([-1, -1, 1, 1]);
	});
});

describe('versionDate', () => {
	it('takes the approval, then the presentation, then the start of validity', () => {
		const all = { approvedOn: '2023-03', presentedOn: '2023-02-01', inForceFrom: '2023-04-01' };
		expect(versionDate(meta('a', 'v', all))).toBe('2023-03');
		expect(versionDate(meta('a', 'v', { presentedOn: all.presentedOn, inForceFrom: all.inForceFrom }))).toBe(
			'2023-02-01',
		);
		expect(versionDate(meta('a', 'v', { inForceFrom: '2023-04-01' }))).toBe('2023-04-01');
	});

	it('falls back to a version id that is a year, a month or a day, and to nothing else', () => {
		expect(['2024', '2024-05', '2024-05-27'].map((v) => versionDate(meta('a', v)))).toEqual([
			'2024',
			'2024-05',
			'2024-05-27',
		]);
		expect(
			['v2024', '2024-05-rc', '24-05', '2024-5', '2024-05-27-2', '2024.05'].map((v) => versionDate(meta('a', v))),
		).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
	});
});

describe('the order of the index and of the change history', () => {
	it('sorts histories by document, then language (Finnish first)', () => {
		const index = buildVersionIndex([
			...both(['b', meta('b', '1')]),
			page('sv/a', meta('a', '1')),
			page('a', meta('a', '1')),
		]);
		expect(index.map((h) => `${h.docId} ${h.lang}`)).toEqual(['a fi', 'a sv', 'b fi', 'b sv']);
	});

	it('breaks ties of the same date by document, then by version, newest first; undated versions last', () => {
		const index = buildVersionIndex([
			...both(
				['b', meta('b', 'v3')],
				['b/v1', meta('b', 'v1', { presentedOn: '2024-05-01' })],
				['b/v2', meta('b', 'v2', { presentedOn: '2024-05-01' })],
			),
			...both(['a', meta('a', 'x', { presentedOn: '2024-05-01' })], ['a/2023', meta('a', '2023')]),
			...both(['c', meta('c', 'v2')], ['c/v1', meta('c', 'v1')]),
		]);
		expect(changeHistory(index, 'sv').map((v) => `${v.docId} ${v.version}`)).toEqual([
			'a x',
			'b v2',
			'b v1',
			'a 2023',
			'b v3',
			'c v2',
			'c v1',
		]);
		expect(changeHistory(index, 'fi').every((v) => v.lang === 'fi')).toBe(true);
	});
});

describe('addresses', () => {
	it('keeps a nested slug whole, for the current and the older versions', () => {
		const index = buildVersionIndex(both(['ohjeet/osa-2', meta('ohje', '2')], ['ohjeet/osa-2/1', meta('ohje', '1')]));
		const h = historyOf(index, 'ohje', 'sv');
		expect(h?.slug).toBe('ohjeet/osa-2');
		expect(h?.versions.map((v) => [v.url, v.slug])).toEqual([
			['/sv/ohjeet/osa-2/1/', 'ohjeet/osa-2'],
			['/sv/ohjeet/osa-2/', 'ohjeet/osa-2'],
		]);
	});

	it('a page whose address starts with a digit, or is named like its version, is still the current version', () => {
		const index = buildVersionIndex(both(['2024', meta('vuosi', '2024')]));
		expect(historyOf(index, 'vuosi', 'fi')?.current).toMatchObject({ url: '/2024/', permalink: '/2024/2024/' });
	});

	it('reads the Swedish home page ("sv") as Swedish, with the same slug as the Finnish one', () => {
		expect([langOfEntry('sv'), langOfEntry('sv/x'), langOfEntry('svenska'), langOfEntry('x/sv')]).toEqual([
			'sv',
			'sv',
			'fi',
			'fi',
		]);
		const index = buildVersionIndex([page('etusivu', meta('etusivu', '1')), page('sv/etusivu', meta('etusivu', '1'))]);
		expect(index.map((h) => h.current.url)).toEqual(['/etusivu/', '/sv/etusivu/']);
		const home = buildVersionIndex([page('koti', meta('koti', '1')), page('sv', meta('koti', '1'))]);
		expect(historyOf(home, 'koti', 'sv')?.slug).toBe('');
	});

	it('keeps a Finnish address that merely starts with "sv" whole', () => {
		const index = buildVersionIndex(both(['svenska-sivu', meta('s', '1')]));
		expect(index.map((h) => h.current.url)).toEqual(['/svenska-sivu/', '/sv/svenska-sivu/']);
	});

	it('finds a version at a path written without the trailing slash', () => {
		const index = buildVersionIndex(both(['x', meta('x', '2')], ['x/1', meta('x', '1')]));
		expect(versionAt(index, '/sv/x/1')).toMatchObject({
			version: { version: '1', lang: 'sv' },
			isPermanentCopy: false,
		});
		expect(versionAt(index, '/x/2')).toMatchObject({ version: { version: '2' }, isPermanentCopy: true });
		expect(versionAt(index, '/x')).toMatchObject({ version: { version: '2' }, isPermanentCopy: false });
	});

	it('pairs every older version with every newer one, and knows the previous version', () => {
		const index = buildVersionIndex(both(['x', meta('x', '3')], ['x/1', meta('x', '1')], ['x/2', meta('x', '2')]));
		const h = historyOf(index, 'x', 'fi');
		if (!h) throw new Error('no history');
		expect(versionPairs(h).map(([a, b]) => `${a.version}→${b.version}`)).toEqual(['1→2', '1→3', '2→3']);
		expect(['1', '2', '3', '4'].map((v) => previousVersion(h, v)?.version)).toEqual([undefined, '1', '2', undefined]);
	});
});
