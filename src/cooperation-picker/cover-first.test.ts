/**
 * The "every chosen need answered near the top" step of the ranking (engine.ts rule 4, `coverFirst`)
 * and `directNeeds`, on hand-made forms where covering the needs gives another order than the score
 * alone. With the real data the score order and the covering order mostly agree, so these are the
 * tests that fail when the step is removed or changed (docs/mutation-testing.md).
 */
import { describe, expect, it } from 'vitest';
import { directNeeds, type EngineForm, recommend } from './engine';

const form = (id: string, order: number, weights: Record<string, number>, money = false): EngineForm => ({
	id,
	order,
	money,
	answers: Object.entries(weights).map(([need, weight]) => ({ need, weight })),
});
const ids = (forms: EngineForm[], needs: string[]) =>
	recommend(forms, { needs, money: null }).recommendations.map((r) => r.form.id);

describe('cover first', () => {
	it('a form made for a need not yet answered comes before a better-scoring form for a need already answered', () => {
		// by score: a (5), b (4), c (3); but c is the only form made for n2
		const forms = [form('a', 1, { n1: 3, n3: 2 }), form('b', 2, { n1: 3, n3: 1 }), form('c', 3, { n2: 3 })];
		expect(ids(forms, ['n1', 'n2', 'n3'])).toEqual(['a', 'c', 'b']);
	});

	it('a need the first form already answers directly does not bring another form up', () => {
		// a answers n1 and n2 directly; x (n1) outscores b (n2) and keeps its place
		const forms = [form('a', 1, { n1: 3, n2: 3 }), form('x', 2, { n1: 3, n4: 2 }), form('b', 3, { n2: 3 })];
		expect(ids(forms, ['n1', 'n2', 'n4'])).toEqual(['a', 'x', 'b']);
	});

	it('the covering forms keep their own rank order, whatever the order of the needs', () => {
		// n1 is asked first, but the form for n2 (b, 5) outranks the form for n1 (a, 3)
		const forms = [form('a', 1, { n1: 3 }), form('b', 2, { n2: 3, n3: 2 }), form('z', 3, { n1: 2, n3: 2 })];
		expect(ids(forms, ['n1', 'n2', 'n3'])).toEqual(['b', 'a', 'z']);
	});

	it('only a weight of 3 answers a need directly: a weight of 2 does not cover it', () => {
		// a answers n2 only partly (2): b, made for n2, still comes before c
		const forms = [form('a', 1, { n1: 3, n2: 2 }), form('c', 2, { n1: 3 }), form('b', 3, { n2: 3 })];
		expect(ids(forms, ['n1', 'n2'])).toEqual(['a', 'b', 'c']);
	});

	it('forms that fit only partly come after every direct form, in score order', () => {
		const forms = [form('p', 1, { n1: 2, n2: 2 }), form('d', 2, { n1: 3 }), form('q', 3, { n2: 1 })];
		expect(ids(forms, ['n1', 'n2'])).toEqual(['d', 'p', 'q']);
	});
});

describe('directNeeds', () => {
	it('lists the chosen needs answered with weight 3, strongest reasons first, and nothing for money', () => {
		const [rec] = recommend([form('g', 1, { n1: 2, n2: 3, n3: 3 }, true)], {
			needs: ['n1', 'n2', 'n3'],
			money: 'yes',
		}).recommendations;
		if (!rec) throw new Error('the form must be recommended');
		expect(rec.reasons.map((r) => (r.kind === 'need' ? r.need : r.kind))).toEqual(['n2', 'n3', 'n1', 'money']);
		expect(directNeeds(rec)).toEqual(['n2', 'n3']);
	});

	it('a form with no weight-3 need answers nothing directly', () => {
		const [rec] = recommend([form('p', 1, { n1: 2 })], { needs: ['n1'], money: null }).recommendations;
		if (!rec) throw new Error('the form must be recommended');
		expect(rec.direct).toBe(false);
		expect(directNeeds(rec)).toEqual([]);
	});
});

describe('weights', () => {
	it('a weight of 0 is no reason, even beside a need the form does answer', () => {
		const [rec, ...rest] = recommend([form('f', 1, { n1: 0, n2: 2 })], {
			needs: ['n1', 'n2'],
			money: null,
		}).recommendations;
		expect(rest).toEqual([]);
		expect(rec?.reasons).toEqual([{ kind: 'need', need: 'n2', weight: 2 }]);
		expect(rec?.score).toBe(2);
	});

	it('a weight of 0 is no answer: no reason, no score, not recommended', () => {
		const result = recommend([form('zero', 1, { n1: 0 }), form('one', 2, { n1: 1 })], { needs: ['n1'], money: null });
		expect(result.recommendations.map((r) => [r.form.id, r.score, r.reasons.length])).toEqual([['one', 1, 1]]);
	});
});
