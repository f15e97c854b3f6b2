/**
 * Edges of the question kit's address contract: the length cap is a maximum (a query exactly
 * MAX_QUERY_LENGTH long is still read), and only a leading "?" of the tool's own part is dropped.
 * Written to kill mutants the other tests let survive (docs/mutation-testing.md).
 */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, mergeQuery, queryParams } from './url-answers';

describe('the length cap', () => {
	it('reads a query exactly MAX_QUERY_LENGTH characters long, not one a character longer', () => {
		const exact = `?a=1&x=${'y'.repeat(MAX_QUERY_LENGTH - 7)}`;
		expect(exact).toHaveLength(MAX_QUERY_LENGTH);
		expect(queryParams(exact).get('a')).toBe('1');
		expect([...queryParams(`${exact}y`)]).toEqual([]);
	});
});

describe('mergeQuery and question marks', () => {
	it('drops only a leading "?" of the tool’s own part, not one inside a value', () => {
		expect(mergeQuery('', ['q'], 'q=why?')).toBe('?q=why?');
		expect(mergeQuery('?other=1', ['q'], '?q=why?')).toBe('?other=1&q=why?');
	});
});
