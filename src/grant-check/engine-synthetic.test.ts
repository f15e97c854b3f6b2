/**
 * The engine on small hand-made models: the cases the real rules never reach (a showIf cycle, a
 * condition on a missing question, two conditions of which one holds, no scope question, a scope
 * option that names no grant form, a note on a question not asked). Written to kill mutants that
 * the tests on the real data let survive (docs/mutation-testing.md).
 */
import { describe, expect, it } from 'vitest';
import {
	assessedForms,
	conditionState,
	evaluateForm,
	type Model,
	OUTCOMES,
	outcomes,
	type QuestionDef,
	questionShown,
	type RuleDef,
	scopeQuestion,
} from './engine';

const yesNo = [{ value: 'yes' }, { value: 'no' }] as const;
const q = (key: string, showIf?: QuestionDef['showIf']): QuestionDef => ({ key, options: yesNo, showIf });
const rule = (id: string, question: string, extra: Partial<RuleDef> = {}): RuleDef => ({
	id,
	forms: ['f'],
	level: 'required',
	question,
	fail: ['no'],
	unknown: [],
	...extra,
});
const model = (questions: QuestionDef[], rules: RuleDef[] = [], forms = [{ id: 'f' }]): Model => ({
	questions,
	rules,
	forms,
});
const form = { id: 'f' };

describe('questionShown on hand-made models', () => {
	it('a showIf cycle ends: neither question is shown, even when every answer fits, and nothing throws', () => {
		const a = q('a', [{ question: 'b', in: ['yes'] }]);
		const b = q('b', [{ question: 'a', in: ['yes'] }]);
		const m = model([a, b]);
		expect(questionShown(m, a, { a: 'yes', b: 'yes' })).toBe(false);
		expect(questionShown(m, b, { a: 'yes', b: 'yes' })).toBe(false);
	});

	it('a chain as long as the model is followed to its end', () => {
		// d ← c ← b ← a: the deepest check is at depth 3, one less than the number of questions
		const a = q('a');
		const b = q('b', [{ question: 'a', in: ['yes'] }]);
		const c = q('c', [{ question: 'b', in: ['yes'] }]);
		const d = q('d', [{ question: 'c', in: ['yes'] }]);
		const m = model([a, b, c, d]);
		expect(questionShown(m, d, { a: 'yes', b: 'yes', c: 'yes' })).toBe(true);
		expect(questionShown(m, d, { a: 'no', b: 'yes', c: 'yes' })).toBe(false);
	});

	it('every condition must hold, not just one', () => {
		const a = q('a');
		const b = q('b');
		const c = q('c', [
			{ question: 'a', in: ['yes'] },
			{ question: 'b', in: ['yes'] },
		]);
		const m = model([a, b, c]);
		expect(questionShown(m, c, { a: 'yes', b: 'yes' })).toBe(true);
		expect(questionShown(m, c, { a: 'yes', b: 'no' })).toBe(false);
		expect(questionShown(m, c, { a: 'no', b: 'yes' })).toBe(false);
	});

	it('a condition on a question that does not exist does not hold', () => {
		const c = q('c', [{ question: 'missing', in: ['yes'] }]);
		expect(questionShown(model([c]), c, { missing: 'yes' })).toBe(false);
	});

	it('an answer that is not an option of the target question does not satisfy a condition listing it', () => {
		const a = q('a');
		const c = q('c', [{ question: 'a', in: ['maybe'] }]);
		expect(questionShown(model([a, c]), c, { a: 'maybe' })).toBe(false);
	});
});

describe('the scope question on hand-made models', () => {
	const forms = [{ id: 'f' }, { id: 'g' }];

	it('is the question with an option naming grant forms, even when another option names none', () => {
		const scope: QuestionDef = {
			key: 'scope',
			options: [{ value: 'later' }, { value: 'g-only', forms: ['g'] }],
		};
		const m = model([q('a'), scope], [], forms);
		expect(scopeQuestion(m)).toBe(scope);
		expect([...assessedForms(m, { scope: 'g-only' })]).toEqual(['g']);
		// an option naming no form, like no answer, assesses every form
		expect([...assessedForms(m, { scope: 'later' })]).toEqual(['f', 'g']);
	});

	it('without a scope question every form is assessed', () => {
		const m = model([q('a')], [], forms);
		expect(scopeQuestion(m)).toBeUndefined();
		expect([...assessedForms(m, { a: 'yes' })]).toEqual(['f', 'g']);
	});
});

describe('conditions on hand-made models', () => {
	it('a rule on a question that does not exist does not apply', () => {
		const m = model([q('a')], [rule('r', 'missing')]);
		expect(conditionState(m, rule('r', 'missing'), { missing: 'no' })).toBe('not-applicable');
		expect(evaluateForm(m, form, {}).outcome).toBe('eligible');
	});

	it('the states of a rule: met, failed, unknown, unanswered, not applicable', () => {
		const r = rule('r', 'b', { unknown: ['yes'], fail: ['no'] });
		const m = model(
			[{ key: 'a', options: [{ value: 'yes' }, { value: 'no' }] }, q('b', [{ question: 'a', in: ['yes'] }])],
			[r],
		);
		const withMaybe = model([q('a'), { key: 'b', options: [...yesNo, { value: 'maybe' }] }], [r]);
		expect(conditionState(withMaybe, r, { b: 'maybe' })).toBe('met');
		expect(conditionState(m, r, { a: 'yes', b: 'no' })).toBe('failed');
		expect(conditionState(m, r, { a: 'yes', b: 'yes' })).toBe('unknown');
		expect(conditionState(m, r, { a: 'yes' })).toBe('unanswered');
		expect(conditionState(m, r, { a: 'yes', b: 'other' })).toBe('unanswered');
		expect(conditionState(m, r, { a: 'no', b: 'no' })).toBe('not-applicable');
	});

	it('a rule whose question is not asked is neither met nor noted, even with a stale answer', () => {
		const r = rule('r', 'b', { fail: [], note: { on: ['yes'] } });
		const m = model([q('a'), q('b', [{ question: 'a', in: ['yes'] }])], [r]);
		const hidden = evaluateForm(m, form, { a: 'no', b: 'yes' });
		expect(hidden.met).toEqual([]);
		expect(hidden.notes).toEqual([]);
		expect(hidden.outcome).toBe('eligible');
		const shown = evaluateForm(m, form, { a: 'yes', b: 'yes' });
		expect(shown.met).toEqual([r]);
		expect(shown.notes).toEqual([r]);
	});

	it('a note shows only on the answers it names', () => {
		const r = rule('r', 'a', { fail: [], note: { on: ['yes'] } });
		const m = model([q('a')], [r]);
		expect(evaluateForm(m, form, { a: 'no' }).notes).toEqual([]);
		expect(evaluateForm(m, form, {}).notes).toEqual([]);
	});

	it('recommended and payment conditions: failed or unknown give advice or a waiting payment, met gives neither', () => {
		const advice = rule('advice', 'a', { level: 'recommended', unknown: ['maybe'] });
		const payment = rule('payment', 'b', { level: 'payment', unknown: ['maybe'] });
		const options = [...yesNo, { value: 'maybe' }];
		const m = model(
			[
				{ key: 'a', options },
				{ key: 'b', options },
			],
			[advice, payment],
		);
		const failed = evaluateForm(m, form, { a: 'no', b: 'no' });
		expect([failed.outcome, failed.advice, failed.payment]).toEqual(['eligible', [advice], [payment]]);
		const unknown = evaluateForm(m, form, { a: 'maybe', b: 'maybe' });
		expect([unknown.outcome, unknown.advice, unknown.payment]).toEqual(['eligible', [advice], [payment]]);
		const met = evaluateForm(m, form, { a: 'yes', b: 'yes' });
		expect([met.outcome, met.advice, met.payment, met.met]).toEqual(['eligible', [], [], []]);
		// not answered: no advice either (the outcome does not wait for a recommendation)
		expect(evaluateForm(m, form, {}).advice).toEqual([]);
	});

	it('each required state goes to its own list', () => {
		const rules = [rule('r1', 'a'), rule('r2', 'b', { unknown: ['yes'], fail: [] }), rule('r3', 'c'), rule('r4', 'd')];
		const m = model([q('a'), q('b'), q('c'), q('d')], rules);
		const r = evaluateForm(m, form, { a: 'no', b: 'yes', d: 'yes' });
		expect(r.failed.map((x) => x.id)).toEqual(['r1']);
		expect(r.unknown.map((x) => x.id)).toEqual(['r2']);
		expect(r.unanswered.map((x) => x.id)).toEqual(['r3']);
		expect(r.met.map((x) => x.id)).toEqual(['r4']);
		expect(r.outcome).toBe('not-eligible');
	});
});

describe('the outcomes', () => {
	it('are the four, each explained in words', () => {
		expect(Object.keys(OUTCOMES).sort()).toEqual([...outcomes].sort());
		expect(outcomes).toEqual(['eligible', 'not-eligible', 'check-with-coordinator', 'not-assessed']);
		for (const o of outcomes) expect(OUTCOMES[o].length, o).toBeGreaterThan(20);
	});
});
