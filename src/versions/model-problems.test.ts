/**
 * Every layout problem buildVersionIndex reports, each stated exactly (the whole list of problems,
 * not a match on part of the message): a check that is dropped, or a message that loses the entry
 * it names, fails here. The happy paths and addresses are in ./model.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildVersionIndex, changeNotePlaceholders, historyOf, VersionIndexError, type VersionSource } from './model';
import { both, meta, page } from './test-helpers';

const approved = { status: 'approved', approvedBy: 'lautakunta', approvedOn: '2023-03' } as const;

/** The problems buildVersionIndex throws, or [] when it accepts the list. */
function problemsOf(list: readonly VersionSource[]): string[] {
	try {
		buildVersionIndex(list);
		return [];
	} catch (e) {
		if (!(e instanceof VersionIndexError)) throw e;
		return e.problems;
	}
}

describe('VersionIndexError', () => {
	it('lists every problem in its message, one per line, and is named', () => {
		const e = new VersionIndexError(['a: one', 'b: two']);
		expect(e.message).toBe('Versioned documents are inconsistent:\n- a: one\n- b: two');
		expect(e.name).toBe('VersionIndexError');
		expect(e.problems).toEqual(['a: one', 'b: two']);
		expect(e).toBeInstanceOf(Error);
	});
});

describe('buildVersionIndex: each problem, exactly', () => {
	it('accepts a well-formed layout (no problems)', () => {
		expect(
			problemsOf(both(['x', meta('x', '2', approved)], ['x/1', meta('x', '1', { ...approved, status: 'superseded' })])),
		).toEqual([]);
	});

	it('reserves the version id "vertaa" for compare pages', () => {
		expect(problemsOf(both(['x', meta('x', 'vertaa')]))).toEqual([
			'x: the version "vertaa" is reserved for compare pages',
			'sv/x: the version "vertaa" is reserved for compare pages',
		]);
	});

	it('names a file that looks like a version but is not its version', () => {
		expect(problemsOf(both(['x', meta('x', '2')], ['x/2022', meta('x', '1')]))).toEqual([
			'x/2022: the file name looks like a version but document.version is "1" — an older version\'s file name must be its version',
			'sv/x/2022: the file name looks like a version but document.version is "1" — an older version\'s file name must be its version',
			'document "x" (fi): more than one current version: x, x/2022',
			'document "x" (sv): more than one current version: sv/x, sv/x/2022',
		]);
	});

	it('names every current version when there is more than one, and stops checking that document', () => {
		expect(problemsOf(both(['x', meta('x', '1')], ['y', meta('x', '2')]))).toEqual([
			'document "x" (fi): more than one current version: x, y',
			'document "x" (sv): more than one current version: sv/x, sv/y',
		]);
	});

	it('says where the current version should be when there is none', () => {
		expect(problemsOf(both(['x/1', meta('x', '1')]))).toEqual([
			'document "x" (fi): no current version (a page at content/docs/<slug>.mdx or <slug>/index.mdx)',
			'document "x" (sv): no current version (a page at content/docs/<slug>.mdx or <slug>/index.mdx)',
		]);
	});

	it('names both entries of a version that appears twice', () => {
		const list: VersionSource[] = [
			...both(['x', meta('x', '2')], ['x/1', meta('x', '1')]),
			page('x/1/1', meta('x', '1')),
		];
		expect(problemsOf(list)).toEqual([
			'document "x" (fi): version "1" appears twice (x/1, x/1/1)',
			'x/1/1: an older version must sit beside the current one, under x/',
			'document "x": Finnish versions [1, 1, 2] differ from Swedish [1, 2]',
		]);
	});

	it('refuses a former version id that is in use or is "vertaa"', () => {
		const former = (ids: string[]) => both(['x', meta('x', '2', { formerVersions: ids })], ['x/1', meta('x', '1')]);
		expect(problemsOf(former(['1']))).toEqual([
			'x: former version id "1" is in use (it must name an address no version has)',
			'sv/x: former version id "1" is in use (it must name an address no version has)',
		]);
		expect(problemsOf(former(['vertaa']))).toEqual([
			'x: former version id "vertaa" is in use (it must name an address no version has)',
			'sv/x: former version id "vertaa" is in use (it must name an address no version has)',
		]);
		expect(problemsOf(former(['0']))).toEqual([]);
	});

	it('names the newest decided version when a draft sits at the stable address', () => {
		expect(problemsOf(both(['x', meta('x', '2')], ['x/1', meta('x', '1', approved)]))).toEqual([
			'document "x" (fi): the stable address (x, "draft") must show the newest approved or in-force version, 1 (x/1) — a draft never replaces an approved text: put the newer version at x/<version>.mdx as a proposal',
			'document "x" (sv): the stable address (sv/x, "draft") must show the newest approved or in-force version, 1 (sv/x/1) — a draft never replaces an approved text: put the newer version at x/<version>.mdx as a proposal',
		]);
	});

	it('without a decided version, the newest one must be current (also with three versions)', () => {
		expect(problemsOf(both(['x', meta('x', '2')], ['x/1', meta('x', '1')], ['x/3', meta('x', '3')]))).toEqual([
			'document "x" (fi): the current version 2 (x) is not the newest',
			'document "x" (sv): the current version 2 (sv/x) is not the newest',
		]);
	});

	it('"superseded" needs a later decided version: an earlier approved one does not count', () => {
		const list = both(
			['x', meta('x', '1', approved)],
			['x/2', meta('x', '2', { ...approved, status: 'superseded' })],
			['x/3', meta('x', '3')],
		);
		expect(problemsOf(list)).toEqual([
			'document "x" (fi): the stable address (x, "approved") must show the newest approved or in-force version, 2 (x/2) — a draft never replaces an approved text: put the newer version at x/<version>.mdx as a proposal',
			'x/2: status "superseded", but no later approved or in-force version replaced it (a draft or proposal never supersedes a version)',
			'document "x" (sv): the stable address (sv/x, "approved") must show the newest approved or in-force version, 2 (sv/x/2) — a draft never replaces an approved text: put the newer version at x/<version>.mdx as a proposal',
			'sv/x/2: status "superseded", but no later approved or in-force version replaced it (a draft or proposal never supersedes a version)',
		]);
	});

	it('an older version left "approved" under a later approved one is named, also when a draft follows', () => {
		const list = both(['x', meta('x', '2', approved)], ['x/1', meta('x', '1', approved)], ['x/3', meta('x', '3')]);
		expect(problemsOf(list)).toEqual([
			'x/1: status "approved", but a later approved version replaced it: mark it "superseded"',
			'sv/x/1: status "approved", but a later approved version replaced it: mark it "superseded"',
		]);
	});

	it('a superseded version without an approval is not a decided one', () => {
		const list = both(['x', meta('x', '2')], ['x/1', meta('x', '1', { status: 'superseded' })]);
		expect(problemsOf(list)).toEqual([
			'x/1: status "superseded", but no later approved or in-force version replaced it (a draft or proposal never supersedes a version)',
			'sv/x/1: status "superseded", but no later approved or in-force version replaced it (a draft or proposal never supersedes a version)',
		]);
	});

	it('a draft may keep the placeholder change note; a decided version may not (in either language)', () => {
		const fi = changeNotePlaceholders.fi;
		const sv = changeNotePlaceholders.sv;
		const list: VersionSource[] = [
			page('x', meta('x', '2', { ...approved, changeNote: fi })),
			page('x/3', meta('x', '3', { changeNote: fi })),
			page('sv/x', meta('x', '2', { ...approved, changeNote: `${sv} Mer.` })),
			page('sv/x/3', meta('x', '3', { changeNote: sv })),
		];
		expect(problemsOf(list)).toEqual([
			'x: document.changeNote is still the placeholder, but the status is "approved"',
			'sv/x: document.changeNote is still the placeholder, but the status is "approved"',
		]);
		// The Finnish placeholder in a Swedish page is not the Swedish placeholder.
		expect(
			problemsOf(list.map((s) => (s.entryId === 'sv/x' ? { ...s, meta: { ...s.meta, changeNote: fi } } : s))),
		).toEqual(['x: document.changeNote is still the placeholder, but the status is "approved"']);
	});

	it('names a document that has no Swedish versions at all', () => {
		expect(problemsOf([page('x', meta('x', '1'))])).toEqual([
			'document "x": Finnish versions [1] differ from Swedish [(none)]',
		]);
	});

	it('accepts a document only in Swedish (the check goes from Finnish to Swedish)', () => {
		const h = historyOf(buildVersionIndex([page('sv/x', meta('x', '1'))]), 'x', 'sv');
		expect(h?.current.url).toBe('/sv/x/');
	});
});
