/**
 * The ranking's tie-breaks (engine.ts rule 4: score, then the number of chosen needs answered, then
 * the strongest single weight, then the model order). The "every combination" test in
 * engine.test.ts checks only that scores fall; these fail when a tie-break is removed or reversed.
 */
import { describe, expect, it } from 'vitest';
import type { MoneyAnswer } from './constants';
import { moneyAnswers } from './constants';
import { pickerData } from './data';
import { type EngineForm, type Recommendation, recommend } from './engine';

const form = (id: string, order: number, weights: Record<string, number>, money = false): EngineForm => ({
	id,
	order,
	money,
	answers: Object.entries(weights).map(([need, weight]) => ({ need, weight })),
});

const ids = (forms: EngineForm[], needs: string[], money: MoneyAnswer | null = null) =>
	recommend(forms, { needs, money }).recommendations.map((r) => r.form.id);

describe('each tie-break decides on its own', () => {
	it('equal scores: the form answering more chosen needs comes first', () => {
		const forms = [form('one-need', 0, { x: 2 }), form('two-needs', 1, { x: 1, y: 1 })];
		expect(ids(forms, ['x', 'y'])).toEqual(['two-needs', 'one-need']);
	});

	it('equal scores and needs answered: the strongest single weight comes first', () => {
		// The grant's score is 1 + 1 + 1 + MONEY_WEIGHT; the other's 2 + 2 + 2: both 6, three needs each.
		const forms = [form('grant', 0, { x: 1, y: 1, z: 1 }, true), form('free', 1, { x: 2, y: 2, z: 2 })];
		const result = recommend(forms, { needs: ['x', 'y', 'z'], money: 'yes' }).recommendations;
		expect(result.map((r) => r.score)).toEqual([6, 6]);
		expect(result.map((r) => r.form.id)).toEqual(['free', 'grant']);
	});

	it('all else equal: the model order decides, not the order of the list', () => {
		const forms = [form('later', 2, { x: 2 }), form('earlier', 1, { x: 2 })];
		expect(ids(forms, ['x'])).toEqual(['earlier', 'later']);
	});

	it('a higher score beats every tie-break', () => {
		const forms = [form('many-weak', 0, { x: 1, y: 1 }), form('one-strong', 1, { y: 2, z: 1 })];
		// many-weak: 2 (two needs); one-strong: 3 (two needs).
		expect(ids(forms, ['x', 'y', 'z'])).toEqual(['one-strong', 'many-weak']);
	});
});

/** The ranking key of rule 4, compared lexicographically. */
const key = (r: Recommendation<EngineForm>) => [
	-r.score,
	-r.reasons.filter((x) => x.kind === 'need').length,
	-Math.max(0, ...r.reasons.map((x) => (x.kind === 'need' ? x.weight : 0))),
	r.form.order,
];
const compareKeys = (a: number[], b: number[]) => {
	for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
	return 0;
};

describe('the real data, every combination of answers', () => {
	const forms = pickerData.forms;
	const needIds = pickerData.needs.needs.map((n) => n.id);

	it('forms that only partly fit are in strict tie-break order, and ties decided by a tie-break occur', () => {
		let decidedByTieBreak = 0;
		for (let mask = 0; mask < 1 << needIds.length; mask++) {
			const needs = needIds.filter((_, i) => mask & (1 << i));
			for (const money of [...moneyAnswers, null]) {
				const partial = recommend(forms, { needs, money }).recommendations.filter((r) => !r.direct);
				for (let i = 1; i < partial.length; i++) {
					const [a, b] = [partial[i - 1], partial[i]];
					if (!a || !b) continue;
					expect(compareKeys(key(a), key(b)), `${needs} ${money}: ${a.form.id} before ${b.form.id}`).toBeLessThan(0);
					if (a.score === b.score) decidedByTieBreak++;
				}
			}
		}
		// The property is reached, not vacuously true.
		expect(decidedByTieBreak).toBeGreaterThan(100);
	});

	// Fixed profiles whose order only a tie-break decides (found by removing the tie-break: the
	// ranking below changed). Pinned in full so that the change shows.
	const profiles: { needs: string[]; money: MoneyAnswer | null; expected: string[] }[] = [
		{
			// project-grant and influence-structures score the same; project-grant answers both needs.
			needs: ['referral', 'networks'],
			money: null,
			expected: ['functional', 'cooperation-agreements', 'project-grant', 'influence-structures'],
		},
		{
			// Without "more needs first" the top recommendation becomes functional.
			needs: ['premises', 'events', 'yearly-funding', 'pilot'],
			money: null,
			expected: [
				'operating-grant',
				'functional',
				'co-development-grant',
				'cooperation-agreements',
				'partnership-agreement',
			],
		},
		{
			// Without "more needs first" the top recommendation becomes cooperation-agreements.
			needs: ['premises', 'networks', 'yearly-funding', 'pilot'],
			money: 'unsure',
			expected: [
				'operating-grant',
				'cooperation-agreements',
				'functional',
				'co-development-grant',
				'influence-structures',
				'partnership-agreement',
				'project-grant',
			],
		},
	];

	it.each(profiles)('$needs, money $money', ({ needs, money, expected }) => {
		expect(ids(forms, needs, money)).toEqual(expected);
	});
});
