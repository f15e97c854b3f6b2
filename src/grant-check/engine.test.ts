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
import { allGood, allGoodFor, allGoodFoundation, formIds, model } from './test-helpers';

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
			expect(r.payment).toEqual([]);
			expect(r.notes).toEqual([]);
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
			const answers = { ...allGoodFor(rule.question), [rule.question]: value };
			expect(conditionState(model, rule, answers)).toBe('failed');
			for (const form of rule.forms) {
				const r = resultOf(answers, form);
				if (rule.level === 'required') {
					expect(r.outcome).toBe('not-eligible');
					expect(ids(r.failed)).toContain(rule.id);
				} else {
					expect(r.outcome).toBe('eligible');
					expect(ids(rule.level === 'payment' ? r.payment : r.advice)).toContain(rule.id);
				}
			}
			for (const form of formIds.filter((f) => !rule.forms.includes(f))) {
				expect(ids(resultOf(answers, form).failed)).not.toContain(rule.id);
			}
		});
	}
	for (const value of rule.unknown) {
		it(`answer ${rule.question}=${value} leaves it unknown`, () => {
			const answers = { ...allGoodFor(rule.question), [rule.question]: value };
			expect(conditionState(model, rule, answers)).toBe('unknown');
			for (const form of rule.forms) {
				const r = resultOf(answers, form);
				if (rule.level === 'required') {
					expect(r.outcome).toBe('check-with-coordinator');
					expect(ids(r.unknown)).toContain(rule.id);
				} else {
					expect(r.outcome).toBe('eligible');
					expect(ids(rule.level === 'payment' ? r.payment : r.advice)).toContain(rule.id);
				}
			}
		});
	}
	it('is met by the "all good" answers and unanswered without an answer', () => {
		expect(conditionState(model, rule, allGoodFor(rule.question))).toBe('met');
		const { [rule.question]: _, ...without } = allGoodFor(rule.question);
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
		const answers = allGoodFoundation;
		expect(outcomesOf(answers)).toEqual({
			'toiminta-avustus': 'not-eligible',
			kumppanuussopimus: 'eligible',
			hankeavustus: 'eligible',
		});
		expect(ids(resultOf(answers, 'toiminta-avustus').failed)).toEqual(['applicant-association']);
	});

	it("a foundation is asked the foundations' wording of the purpose, not the associations'", () => {
		const purpose = model.rules.find((r) => r.id === 'purpose');
		const foundation = model.rules.find((r) => r.id === 'foundation-purpose');
		if (!purpose || !foundation) throw new Error('purpose rules missing');
		expect(conditionState(model, purpose, allGoodFoundation)).toBe('not-applicable');
		expect(conditionState(model, foundation, allGood)).toBe('not-applicable');
		expect(foundation.reason.fi).toContain('terveyden ja sosiaalisen hyvinvoinnin tai turvallisuuden edistäminen');
		expect(foundation.forms).toEqual(['kumppanuussopimus', 'hankeavustus']);
		expect(outcomesOf({ ...allGoodFoundation, foundationpurpose: 'no' })).toEqual({
			'toiminta-avustus': 'not-eligible',
			kumppanuussopimus: 'not-eligible',
			hankeavustus: 'not-eligible',
		});
	});

	it('the registration and non-profit questions do not apply to a foundation (answers to them are ignored)', () => {
		const answers = { ...allGoodFoundation, registered: 'no', nonprofit: 'no' };
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
	it('a joint application with a lead applicant: eligible, and the result says who is paid and reports', () => {
		for (const r of evaluate(model, { ...allGood, joint: 'lead' })) {
			expect(r.outcome).toBe('eligible');
			expect(ids(r.notes)).toEqual(['joint-lead']);
		}
		const note = model.rules.find((r) => r.id === 'joint-lead')?.note?.text.fi ?? '';
		expect(note).toContain('maksetaan päävastuulliselle hakijalle');
		expect(note).toContain('raportoi');
		expect(note).toContain('miten avustus ja raportointivastuu jakautuvat');
		expect(evaluate(model, { ...allGood, joint: 'no' }).flatMap((r) => r.notes)).toEqual([]);
	});
	it('a joint application without an agreed lead applicant needs attention, it is not "not eligible"', () => {
		for (const r of evaluate(model, { ...allGood, joint: 'nolead' })) {
			expect(r.outcome).toBe('check-with-coordinator');
			expect(ids(r.unknown)).toEqual(['joint-lead']);
		}
	});
});

describe('form-specific conditions', () => {
	it('an overdue report never gives "not eligible": the next payment waits for it (source: before the next payment)', () => {
		expect(outcomesOf({ ...allGood, reports: 'no' })).toEqual({
			'toiminta-avustus': 'eligible',
			kumppanuussopimus: 'eligible',
			hankeavustus: 'eligible',
		});
		const r = resultOf({ ...allGood, reports: 'no' }, 'toiminta-avustus');
		expect(ids(r.payment)).toEqual(['reports']);
		expect(r.failed).toEqual([]);
		const rule = model.rules.find((x) => x.id === 'reports');
		expect(rule?.level).toBe('payment');
		expect(rule?.next?.fi).toContain('maksetaan vasta');
		expect(ids(resultOf({ ...allGood, reports: 'unknown' }, 'toiminta-avustus').payment)).toEqual(['reports']);
		expect(resultOf({ ...allGood, reports: 'none' }, 'toiminta-avustus').payment).toEqual([]);
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
	it('project grant: needs regional, national or EU funding; a pending decision holds up the payment', () => {
		expect(outcome({ ...allGood, cofunding: 'no' }, 'hankeavustus')).toBe('not-eligible');
		const pending = resultOf({ ...allGood, cofunding: 'applied' }, 'hankeavustus');
		expect(pending.outcome).toBe('eligible');
		expect(ids(pending.payment)).toEqual(['funding-decision']);
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
			'foundation-purpose',
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
		expect([...outcomes].sort()).toEqual(['check-with-coordinator', 'eligible', 'not-assessed', 'not-eligible']);
	});
});

describe('which grant forms are asked about (the scope question)', () => {
	it.each([
		['operating', 'toiminta-avustus'],
		['partnership', 'kumppanuussopimus'],
		['project', 'hankeavustus'],
	])('interest=%s: only %s is assessed, the others are "not assessed", never "not eligible"', (interest, form) => {
		for (const answers of [
			{ ...allGood, interest },
			{ interest, applicant: 'company' },
		]) {
			for (const r of evaluate(model, answers)) {
				if (r.form.id === form) expect(r.outcome).not.toBe('not-assessed');
				else {
					expect(r.outcome).toBe('not-assessed');
					expect([...r.failed, ...r.unknown, ...r.unanswered, ...r.advice, ...r.payment]).toEqual([]);
				}
			}
		}
	});
	it('interest=all (or not answered yet) assesses every form', () => {
		expect(Object.values(outcomesOf(allGood))).toEqual(['eligible', 'eligible', 'eligible']);
		const { interest: _, ...noScope } = allGood;
		expect(Object.values(outcomesOf(noScope))).toEqual(['eligible', 'eligible', 'eligible']);
	});
});

describe('every condition that needs attention is listed', () => {
	it('a failed and an unknown condition together: both are listed, the outcome is "not eligible"', () => {
		const r = resultOf({ ...allGood, audit: 'no', field: 'unknown', goals: 'unknown' }, 'toiminta-avustus');
		expect(r.outcome).toBe('not-eligible');
		expect(ids(r.failed)).toEqual(['audit']);
		expect(ids(r.unknown)).toEqual(['field', 'goals']);
	});
	it('every unknown answer of a form is listed', () => {
		const unknowns = Object.fromEntries(
			model.questions
				.filter((q) => q.options.some((o) => o.value === 'unknown') && q.key !== 'lahella')
				.map((q) => [q.key, 'unknown']),
		);
		const r = resultOf({ ...allGood, ...unknowns }, 'kumppanuussopimus');
		const expected = model.rules
			.filter((x) => x.level === 'required' && x.forms.includes('kumppanuussopimus') && x.unknown.includes('unknown'))
			.filter((x) => x.question !== 'foundationpurpose')
			.map((x) => x.id);
		expect(ids(r.unknown)).toEqual(expected);
	});
});
