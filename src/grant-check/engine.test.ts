import { describe, expect, it } from 'vitest';
import {
	type Answers,
	type ConditionState,
	conditionState,
	conditionsFor,
	decideOutcome,
	evaluate,
	evaluateForm,
	type Outcome,
	outcomes,
} from './engine';
import { allGood, formIds, model } from './test-helpers';

const outcome = (answers: Answers, form: string): Outcome => {
	const f = model.forms.find((x) => x.id === form);
	if (!f) throw new Error(`no form ${form}`);
	return evaluateForm(model, f, answers).outcome;
};
const outcomesOf = (answers: Answers) =>
	Object.fromEntries(evaluate(model, answers).map((r) => [r.form.id, r.outcome]));
const resultOf = (answers: Answers, form: string) => {
	const r = evaluate(model, answers).find((x) => x.form.id === form);
	if (!r) throw new Error(`no form ${form}`);
	return r;
};
const ids = (rules: readonly { id: string }[]) => rules.map((r) => r.id);

describe('decideOutcome: the outcome table', () => {
	const cases: [ConditionState[], Outcome][] = [
		[[], 'eligible'],
		[['met', 'met'], 'eligible'],
		[['met', 'not-applicable'], 'eligible'],
		[['failed'], 'not-eligible'],
		[['met', 'unknown', 'failed'], 'not-eligible'],
		[['unanswered', 'failed'], 'not-eligible'],
		[['unknown'], 'check-with-coordinator'],
		[['met', 'unanswered'], 'check-with-coordinator'],
	];
	it.each(cases)('%j → %s', (states, expected) => {
		expect(decideOutcome(states)).toBe(expected);
	});
});

describe('the default data', () => {
	it('has the three grant forms of the grant instructions', () => {
		expect(formIds).toEqual(['toiminta-avustus', 'kumppanuussopimus', 'hankeavustus']);
	});

	it('an association meeting every condition is eligible for every form, without advice', () => {
		for (const r of evaluate(model, allGood)) {
			expect(r.outcome).toBe('eligible');
			expect(r.failed).toEqual([]);
			expect(r.unknown).toEqual([]);
			expect(r.advice).toEqual([]);
		}
	});

	it('Lähellä.fi is a recommendation by default (see the Lähellä.fi tests for the required variant)', () => {
		expect(model.rules.find((r) => r.id === 'lahella')?.level).toBe('recommended');
	});
});

// Every rule, from the data itself: each fail answer fails it, each unknown answer leaves it open.
describe.each(model.rules.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
	for (const value of rule.fail) {
		it(`answer ${rule.question}=${value} fails it`, () => {
			const answers = { ...allGood, [rule.question]: value };
			expect(conditionState(model, rule, answers)).toBe('failed');
			for (const form of rule.forms) {
				const r = resultOf(answers, form);
				if (rule.level === 'required') {
					expect(r.outcome).toBe('not-eligible');
					expect(ids(r.failed)).toContain(rule.id);
				} else {
					expect(r.outcome).toBe('eligible');
					expect(ids(r.advice)).toContain(rule.id);
				}
			}
			for (const form of formIds.filter((f) => !rule.forms.includes(f))) {
				expect(ids(resultOf(answers, form).failed)).not.toContain(rule.id);
			}
		});
	}
	for (const value of rule.unknown) {
		it(`answer ${rule.question}=${value} leaves it unknown`, () => {
			const answers = { ...allGood, [rule.question]: value };
			expect(conditionState(model, rule, answers)).toBe('unknown');
			for (const form of rule.forms) {
				const r = resultOf(answers, form);
				if (rule.level === 'required') {
					expect(r.outcome).toBe('check-with-coordinator');
					expect(ids(r.unknown)).toContain(rule.id);
				} else {
					expect(r.outcome).toBe('eligible');
					expect(ids(r.advice)).toContain(rule.id);
				}
			}
		});
	}
	it('is met by the "all good" answers and unanswered without an answer', () => {
		expect(conditionState(model, rule, allGood)).toBe('met');
		const { [rule.question]: _, ...without } = allGood;
		expect(conditionState(model, rule, without)).toBe('unanswered');
	});
});

describe('applicants', () => {
	it.each(['group', 'company', 'individual', 'public'])('%s: not eligible for any form', (applicant) => {
		const answers = { applicant };
		for (const r of evaluate(model, answers)) {
			expect(r.outcome).toBe('not-eligible');
			expect(ids(r.failed)).toEqual(['applicant-type']);
		}
	});

	it('a foundation: partnership agreement and project grant, not the operating grant', () => {
		const { registered: _r, nonprofit: _n, ...rest } = allGood;
		const answers = { ...rest, applicant: 'foundation' };
		expect(outcomesOf(answers)).toEqual({
			'toiminta-avustus': 'not-eligible',
			kumppanuussopimus: 'eligible',
			hankeavustus: 'eligible',
		});
		expect(ids(resultOf(answers, 'toiminta-avustus').failed)).toEqual(['applicant-association']);
	});

	it('the registration and non-profit questions do not apply to a foundation (answers to them are ignored)', () => {
		const answers = { ...allGood, applicant: 'foundation', registered: 'no', nonprofit: 'no' };
		const rule = model.rules.find((r) => r.id === 'registered');
		if (!rule) throw new Error('no rule "registered"');
		expect(conditionState(model, rule, answers)).toBe('not-applicable');
		expect(outcome(answers, 'kumppanuussopimus')).toBe('eligible');
	});

	it('an unregistered association: not eligible for any form', () => {
		expect(Object.values(outcomesOf({ ...allGood, registered: 'no' }))).toEqual([
			'not-eligible',
			'not-eligible',
			'not-eligible',
		]);
	});

	it('an association that does not know whether it is registered: check with the coordinator', () => {
		expect(Object.values(outcomesOf({ ...allGood, registered: 'unknown' }))).toEqual([
			'check-with-coordinator',
			'check-with-coordinator',
			'check-with-coordinator',
		]);
	});
});

describe('the four criteria', () => {
	it.each(['field', 'goals', 'services', 'area'])('%s: "no" rules out every form, "unknown" asks to check', (key) => {
		expect(new Set(Object.values(outcomesOf({ ...allGood, [key]: 'no' })))).toEqual(new Set(['not-eligible']));
		expect(new Set(Object.values(outcomesOf({ ...allGood, [key]: 'unknown' })))).toEqual(
			new Set(['check-with-coordinator']),
		);
	});

	it('"not sure" about the county/municipality boundary is a real answer: check with the coordinator', () => {
		const r = resultOf({ ...allGood, field: 'unknown' }, 'toiminta-avustus');
		expect(r.outcome).toBe('check-with-coordinator');
		expect(ids(r.unknown)).toEqual(['field']);
	});
});

describe('bookkeeping, audit and joint applications', () => {
	it('no service production or business: the bookkeeping condition is met', () => {
		expect(Object.values(outcomesOf({ ...allGood, bookkeeping: 'none' }))).toEqual([
			'eligible',
			'eligible',
			'eligible',
		]);
	});
	it('refusing the audit rules out every form', () => {
		expect(new Set(Object.values(outcomesOf({ ...allGood, audit: 'no' })))).toEqual(new Set(['not-eligible']));
	});
	it('a joint application with a lead applicant is fine; without one it is not', () => {
		expect(new Set(Object.values(outcomesOf({ ...allGood, joint: 'lead' })))).toEqual(new Set(['eligible']));
		expect(new Set(Object.values(outcomesOf({ ...allGood, joint: 'nolead' })))).toEqual(new Set(['not-eligible']));
	});
});

describe('form-specific conditions', () => {
	it('an overdue report rules out only the operating grant', () => {
		expect(outcomesOf({ ...allGood, reports: 'no' })).toEqual({
			'toiminta-avustus': 'not-eligible',
			kumppanuussopimus: 'eligible',
			hankeavustus: 'eligible',
		});
		expect(outcome({ ...allGood, reports: 'none' }, 'toiminta-avustus')).toBe('eligible');
	});
	it('partnership agreement: 2–4 years, and not the main source of funding', () => {
		expect(outcomesOf({ ...allGood, duration: 'no' })).toEqual({
			'toiminta-avustus': 'eligible',
			kumppanuussopimus: 'not-eligible',
			hankeavustus: 'eligible',
		});
		expect(outcomesOf({ ...allGood, mainfunding: 'yes' })).toEqual({
			'toiminta-avustus': 'eligible',
			kumppanuussopimus: 'not-eligible',
			hankeavustus: 'eligible',
		});
	});
	it('project grant: needs regional, national or EU funding; a pending decision means check', () => {
		expect(outcome({ ...allGood, cofunding: 'no' }, 'hankeavustus')).toBe('not-eligible');
		const pending = resultOf({ ...allGood, cofunding: 'applied' }, 'hankeavustus');
		expect(pending.outcome).toBe('check-with-coordinator');
		expect(ids(pending.unknown)).toEqual(['funding-decision']);
		expect(outcome({ ...allGood, cofunding: 'applied' }, 'toiminta-avustus')).toBe('eligible');
	});
});

describe('Lähellä.fi: required in some counties, recommended in others', () => {
	const withLevel = (level: 'required' | 'recommended') => ({
		...model,
		rules: model.rules.map((r) => (r.id === 'lahella' ? { ...r, level } : r)),
	});

	it('recommended: "no" gives advice, never a "no"', () => {
		const m = withLevel('recommended');
		for (const value of ['no', 'unknown']) {
			for (const r of evaluate(m, { ...allGood, lahella: value })) {
				expect(r.outcome).toBe('eligible');
				expect(ids(r.advice)).toEqual(['lahella']);
			}
		}
	});

	it('required: "no" rules every form out, "unknown" asks to check', () => {
		const m = withLevel('required');
		for (const r of evaluate(m, { ...allGood, lahella: 'no' })) expect(r.outcome).toBe('not-eligible');
		for (const r of evaluate(m, { ...allGood, lahella: 'unknown' })) expect(r.outcome).toBe('check-with-coordinator');
	});
});

describe('incomplete and invalid answers', () => {
	it('no answers: every form is "check with the coordinator", every required condition unanswered', () => {
		for (const r of evaluate(model, {})) {
			expect(r.outcome).toBe('check-with-coordinator');
			// registered/nonprofit are asked only of associations, so they do not apply yet
			expect(ids(r.unanswered)).not.toContain('registered');
			expect(r.unanswered.length).toBeGreaterThan(0);
		}
	});
	it('a value that is not an option counts as unanswered', () => {
		const r = resultOf({ ...allGood, audit: 'maybe' }, 'toiminta-avustus');
		expect(r.outcome).toBe('check-with-coordinator');
		expect(ids(r.unanswered)).toEqual(['audit']);
	});
	it('answers to unknown questions are ignored', () => {
		expect(Object.values(outcomesOf({ ...allGood, colour: 'blue' }))).toEqual(['eligible', 'eligible', 'eligible']);
	});
});

describe('conditionsFor', () => {
	it('lists each form’s conditions in data order, readable in one place', () => {
		expect(ids(conditionsFor(model, 'kumppanuussopimus'))).toEqual([
			'applicant-type',
			'registered',
			'nonprofit',
			'purpose',
			'field',
			'goals',
			'services',
			'area',
			'bookkeeping',
			'audit',
			'joint-lead',
			'duration',
			'main-funding',
			'lahella',
		]);
		for (const form of formIds) expect(conditionsFor(model, form).length).toBeGreaterThan(0);
	});
	it('every outcome name is known', () => {
		expect([...outcomes].sort()).toEqual(['check-with-coordinator', 'eligible', 'not-eligible']);
	});
});
