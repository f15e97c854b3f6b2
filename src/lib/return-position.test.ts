import { describe, expect, it } from 'vitest';
import { readReturnPosition, withReturnPosition } from './return-position';

describe('return position in history state', () => {
	it('round-trips and keeps other state', () => {
		const state = withReturnPosition({ other: 1 }, { scrollY: 420, link: 3 });
		expect(state.other).toBe(1);
		expect(readReturnPosition(state)).toEqual({ scrollY: 420, link: 3 });
		const cleared = withReturnPosition(state, null);
		expect(readReturnPosition(cleared)).toBeNull();
		expect(cleared.other).toBe(1);
	});

	it('reads anything malformed as nothing, never throws', () => {
		for (const bad of [
			null,
			undefined,
			'x',
			42,
			{},
			{ returnPosition: null },
			{ returnPosition: { scrollY: -1, link: 0 } },
			{ returnPosition: { scrollY: 10, link: 1.5 } },
			{ returnPosition: { scrollY: Number.NaN, link: 0 } },
			{ returnPosition: { scrollY: '10', link: 0 } },
		]) {
			expect(readReturnPosition(bad)).toBeNull();
		}
		expect(withReturnPosition('not an object', null)).toEqual({});
	});
});
