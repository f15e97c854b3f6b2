import { describe, expect, it } from 'vitest';
import { historyWrite, MAX_QUERY_LENGTH, mergeQuery, queryParams } from './url-answers';

describe('queryParams', () => {
	it('reads a query with or without "?"', () => {
		expect(queryParams('?a=1&b=2').get('b')).toBe('2');
		expect(queryParams('a=1').get('a')).toBe('1');
	});

	it('does not read an over-long query at all', () => {
		const long = `?a=1&x=${'y'.repeat(MAX_QUERY_LENGTH)}`;
		expect([...queryParams(long)]).toEqual([]);
		expect(queryParams(`?a=1&x=${'y'.repeat(MAX_QUERY_LENGTH - 8)}`).get('a')).toBe('1');
	});

	it('gives no parameters for input that is not a string, never an exception', () => {
		for (const bad of [undefined, null, 42, {}, ['a=1']]) expect([...queryParams(bad)]).toEqual([]);
		expect(() => queryParams('?%E0%A4%A=%&&&=')).not.toThrow();
	});
});

describe('mergeQuery', () => {
	const own = ['needs', 'money'];

	it('keeps other parameters, before the tool’s own, and replaces the tool’s keys', () => {
		expect(mergeQuery('?utm_source=x&needs=pilot&money=no', own, 'needs=events&money=yes')).toBe(
			'?utm_source=x&needs=events&money=yes',
		);
	});

	it('drops the tool’s keys when it has nothing to write', () => {
		expect(mergeQuery('?needs=pilot&money=no', own, '')).toBe('');
		expect(mergeQuery('?q=1&needs=pilot', own, '')).toBe('?q=1');
	});

	it('accepts the own part with or without "?" and starts a query when there was none', () => {
		expect(mergeQuery('', own, '?needs=premises')).toBe('?needs=premises');
		expect(mergeQuery('', own, 'needs=premises')).toBe('?needs=premises');
	});

	it('keeps nothing of an unreadable current query', () => {
		expect(mergeQuery(`?q=${'x'.repeat(MAX_QUERY_LENGTH)}`, own, 'money=no')).toBe('?money=no');
		expect(mergeQuery(undefined, own, 'money=no')).toBe('?money=no');
	});
});

describe('historyWrite', () => {
	it('writes a new step as a new entry and a change within a step in place', () => {
		expect(historyWrite('', ['a'], 'a=1', 'push')).toEqual({ search: '?a=1', mode: 'push' });
		expect(historyWrite('?a=1', ['a'], 'a=2', 'replace')).toEqual({ search: '?a=2', mode: 'replace' });
	});

	it('writes nothing when the address would not change', () => {
		expect(historyWrite('?x=1&a=1', ['a'], 'a=1', 'push')).toBeNull();
		expect(historyWrite('', ['a'], '', 'replace')).toBeNull();
	});
});

describe('mergeQuery and undeclared keys', () => {
	it('replaces a key the tool writes even when it is not among the declared keys', () => {
		expect(mergeQuery('?rules=1&a=1', ['a'], 'a=2&rules=2')).toBe('?a=2&rules=2');
	});
});
