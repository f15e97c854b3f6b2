import { describe, expect, it } from 'vitest';
import { type MoneyAnswer, moneyAnswers } from './constants';
import { pickerData } from './data';
import { type Answers, DIRECT_WEIGHT, directNeeds, MONEY_WEIGHT, recommend } from './engine';

const forms = pickerData.forms;
const needIds = pickerData.needs.needs.map((n) => n.id);
const moneyChoices: (MoneyAnswer | null)[] = [...moneyAnswers, null];

/** Every combination of needs (2^12) with every money answer (including none). */
function* allAnswers(): Generator<Answers> {
	for (let mask = 0; mask < 1 << needIds.length; mask++) {
		const needs = needIds.filter((_, i) => mask & (1 << i));
		for (const money of moneyChoices) yield { needs, money };
	}
}

const top = (answers: Answers) => recommend(forms, answers).recommendations[0]?.form.id;

describe('realistic need profiles and their expected top recommendation', () => {
	const profiles: { who: string; answers: Answers; expected: string }[] = [
		{
			who: 'a volunteer group that only needs a room for its meetings',
			answers: { needs: ['premises'], money: 'no' },
			expected: 'functional',
		},
		{
			who: 'a small association needing premises, events and a contact person, no money',
			answers: { needs: ['premises', 'events', 'contact'], money: 'no' },
			expected: 'functional',
		},
		{
			who: 'a peer-support association wanting visibility and client referrals, unsure about money',
			answers: { needs: ['communication', 'referral'], money: 'unsure' },
			expected: 'functional',
		},
		{
			who: 'an umbrella organisation wanting a say in decisions',
			answers: { needs: ['influence'], money: 'no' },
			expected: 'influence-structures',
		},
		{
			who: 'an association wanting a say and a seat in networks, though it also needs money',
			answers: { needs: ['influence', 'networks'], money: 'yes' },
			expected: 'influence-structures',
		},
		{
			who: 'an expert organisation wanting steering-group seats and expert exchange',
			answers: { needs: ['networks', 'expertise'], money: 'no' },
			expected: 'cooperation-agreements',
		},
		{
			who: 'an association wanting to co-develop a pilot without money',
			answers: { needs: ['pilot'], money: 'no' },
			expected: 'cooperation-agreements',
		},
		{
			who: 'an association needing yearly funding for its action plan',
			answers: { needs: ['yearly-funding'], money: 'yes' },
			expected: 'operating-grant',
		},
		{
			who: 'an association needing premises, with money too: the form made for premises comes first',
			answers: { needs: ['premises'], money: 'yes' },
			expected: 'functional',
		},
		{
			who: 'an association needing premises and events, and money too: free premises rank first',
			answers: { needs: ['premises', 'events'], money: 'yes' },
			expected: 'functional',
		},
		{
			who: 'a key partner seeking a multi-year partnership with funding',
			answers: { needs: ['partnership', 'yearly-funding'], money: 'yes' },
			expected: 'partnership-agreement',
		},
		{
			who: 'an association with an EU-funded project needing its own share',
			answers: { needs: ['project-funding'], money: 'yes' },
			expected: 'project-grant',
		},
		{
			who: 'a project with a steering group and client referrals, unsure about money',
			answers: { needs: ['project-funding', 'networks', 'referral'], money: 'unsure' },
			expected: 'project-grant',
		},
		{
			who: 'an association wanting to pilot a new way of working, with funding',
			answers: { needs: ['pilot'], money: 'yes' },
			expected: 'co-development-grant',
		},
		{
			who: 'an association that ticks everything but needs no money',
			answers: { needs: [...needIds], money: 'no' },
			expected: 'functional',
		},
	];

	it.each(profiles)('$who → $expected', ({ answers, expected }) => {
		expect(top(answers)).toBe(expected);
	});

	it('has at least 8 profiles and every form is the expected top of at least one', () => {
		expect(profiles.length).toBeGreaterThanOrEqual(8);
		expect(new Set(profiles.map((p) => p.expected))).toEqual(new Set(forms.map((f) => f.id)));
	});
});

describe('reachability', () => {
	it('every form is the top recommendation for some answers', () => {
		const tops = new Set<string>();
		for (const answers of allAnswers()) {
			const id = top(answers);
			if (id) tops.add(id);
		}
		expect([...tops].sort()).toEqual(forms.map((f) => f.id).sort());
	});

	it('every form is recommended by one of its own needs alone', () => {
		for (const form of forms) {
			for (const a of form.answers) {
				const ids = recommend(forms, { needs: [a.need], money: form.money ? 'yes' : 'no' }).recommendations.map(
					(r) => r.form.id,
				);
				expect(ids, `${form.id} via ${a.need}`).toContain(form.id);
			}
		}
	});
});

describe('rules hold for every combination of answers', () => {
	it('ranks, explains and filters consistently', () => {
		for (const answers of allAnswers()) {
			const result = recommend(forms, answers);
			const recs = result.recommendations;
			// Forms made for a chosen need come before partial fits; partial fits are ranked by score.
			const firstPartial = recs.findIndex((r) => !r.direct);
			if (firstPartial >= 0) expect(recs.slice(firstPartial).every((r) => !r.direct)).toBe(true);
			for (let i = Math.max(1, firstPartial + 1); firstPartial >= 0 && i < recs.length; i++) {
				expect(recs[i - 1]?.score).toBeGreaterThanOrEqual(recs[i]?.score ?? 0);
			}
			// Every need some recommendation answers directly is answered directly near the top:
			// within as many first recommendations as there are such needs.
			const directlyAnswered = new Set(recs.flatMap(directNeeds));
			const top = recs.slice(0, directlyAnswered.size).flatMap(directNeeds);
			for (const need of directlyAnswered) expect(top).toContain(need);
			// A grant form is recommended for money alone only when no need was chosen.
			if (answers.needs.length > 0) {
				for (const rec of recs) expect(rec.reasons.some((r) => r.kind === 'need')).toBe(true);
			}
			for (const rec of recs) {
				expect(rec.score).toBeGreaterThan(0);
				expect(rec.reasons.length).toBeGreaterThan(0);
				let score = 0;
				for (const reason of rec.reasons) {
					if (reason.kind === 'need') {
						// A reason is only ever given for a need that was chosen.
						expect(answers.needs).toContain(reason.need);
						score += reason.weight;
					} else {
						expect(answers.money).toBe('yes');
						expect(rec.form.money).toBe(true);
						score += MONEY_WEIGHT;
					}
				}
				expect(rec.score).toBe(score);
				expect(rec.direct).toBe(rec.reasons.some((r) => r.kind === 'need' && r.weight >= DIRECT_WEIGHT));
				if (answers.money === 'no') expect(rec.form.money).toBe(false);
			}
			if (answers.money !== 'no') {
				expect(result.excluded).toEqual([]);
				expect(result.unmatchedNeeds).toEqual([]);
			}
			// Every chosen need is either explained by a recommendation or reported as unmatched.
			const explained = new Set(recs.flatMap((r) => r.reasons.flatMap((x) => (x.kind === 'need' ? [x.need] : []))));
			for (const need of answers.needs) {
				expect(explained.has(need) || result.unmatchedNeeds.includes(need)).toBe(true);
			}
			expect(result.answered).toBe(answers.needs.length > 0 || answers.money !== null);
		}
	});
});

describe('stated needs come first', () => {
	it('premises and yearly funding with money: the first two give premises and yearly funding', () => {
		const recs = recommend(forms, { needs: ['premises', 'yearly-funding'], money: 'yes' }).recommendations;
		expect(
			recs
				.slice(0, 2)
				.map((r) => r.form.id)
				.sort(),
		).toEqual(['functional', 'operating-grant']);
		// The 2–4-year partnership only partly fits and comes after them.
		expect(recs.map((r) => r.form.id).indexOf('partnership-agreement')).toBeGreaterThan(1);
	});

	it('a grant for a need nobody stated is not recommended (no project grant without a project)', () => {
		const ids = recommend(forms, { needs: ['premises', 'yearly-funding'], money: 'yes' }).recommendations.map(
			(r) => r.form.id,
		);
		expect(ids).not.toContain('project-grant');
		expect(ids).not.toContain('co-development-grant');
	});
});

describe('edge cases', () => {
	it('recommends nothing without answers', () => {
		expect(recommend(forms, { needs: [], money: null })).toEqual({
			recommendations: [],
			excluded: [],
			unmatchedNeeds: [],
			answered: false,
		});
	});

	it('no money but a funding need: grant forms left out, the need reported as unmatched', () => {
		const result = recommend(forms, { needs: ['yearly-funding'], money: 'no' });
		expect(result.recommendations).toEqual([]);
		expect(result.excluded.map((f) => f.id).sort()).toEqual(
			forms
				.filter((f) => f.money)
				.map((f) => f.id)
				.sort(),
		);
		expect(result.unmatchedNeeds).toEqual(['yearly-funding']);
	});

	it('money alone recommends every grant form, ties broken by the model order', () => {
		const result = recommend(forms, { needs: [], money: 'yes' });
		expect(result.recommendations.map((r) => r.form.id)).toEqual(forms.filter((f) => f.money).map((f) => f.id));
		expect(result.recommendations.every((r) => r.reasons.length === 1 && r.reasons[0]?.kind === 'money')).toBe(true);
	});

	it('ignores unknown and repeated needs', () => {
		const clean = recommend(forms, { needs: ['premises'], money: null });
		const noisy = recommend(forms, { needs: ['premises', 'premises', '<script>', 'nope'], money: null });
		expect(noisy.recommendations).toEqual(clean.recommendations);
		expect(noisy.unmatchedNeeds).toEqual([]);
	});

	it('gives the strongest reasons first', () => {
		const rec = recommend(forms, { needs: ['expertise', 'networks', 'influence'], money: null }).recommendations.find(
			(r) => r.form.id === 'influence-structures',
		);
		expect(rec?.reasons.map((r) => (r.kind === 'need' ? r.need : 'money'))).toEqual([
			'influence',
			'networks',
			'expertise',
		]);
	});
});
