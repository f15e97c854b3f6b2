/**
 * The flow on small hand-made models: the walk cache (same walk, same object; bounded), progress
 * with conditions that wait, fail, point nowhere or form a cycle, and the neighbours of a question
 * at the ends of the list. Written to kill mutants that the tests on the real data let survive
 * (docs/mutation-testing.md).
 */
import { describe, expect, it } from 'vitest';
import type { Model, QuestionDef, RuleDef } from './engine';
import { isComplete, isRelevant, progress, questionAfter, questionBefore, resolveStep, stepBefore, walk } from './flow';

const yesNo = [{ value: 'yes' }, { value: 'no' }] as const;
const q = (key: string, showIf?: QuestionDef['showIf']): QuestionDef => ({ key, options: yesNo, showIf });
/** A rule that never fails, so every question with one matters while its form is open. */
const open = (question: string, form = 'f'): RuleDef => ({
	id: `r-${question}`,
	forms: [form],
	level: 'required',
	question,
	fail: [],
	unknown: [],
});
const model = (questions: QuestionDef[], rules = questions.map((x) => open(x.key))): Model => ({
	questions,
	rules,
	forms: [{ id: 'f' }],
});

describe('the walk cache', () => {
	const m = model([q('a'), q('b')]);

	it('gives the same walk object for the same answers, in any key order', () => {
		const first = walk(m, { a: 'yes', b: 'no' });
		expect(walk(m, { b: 'no', a: 'yes' })).toBe(first);
		expect(walk(m, { a: 'yes' })).not.toBe(first);
		expect(walk(m, { a: 'yes', b: 'no' })).toBe(first);
	});

	it('keeps 64 walks per model, then starts again', () => {
		const fresh = model([q('a'), q('b')]);
		const kept = walk(fresh, { a: 'yes' });
		// 63 more distinct answer sets fill the cache to 64 (values need not be valid to make a key)
		for (let i = 0; i < 63; i++) walk(fresh, { a: `x${i}` });
		expect(walk(fresh, { a: 'yes' })).toBe(kept);
		// the 65th distinct set empties it
		walk(fresh, { a: 'one-more' });
		const again = walk(fresh, { a: 'yes' });
		expect(again).not.toBe(kept);
		expect(again).toEqual(kept);
	});
});

describe('isRelevant', () => {
	it('a question whose every rule belongs to a form already ruled out does not matter', () => {
		const fails: RuleDef = { ...open('a'), fail: ['no'] };
		const m = model([q('a'), q('b')], [fails, open('b')]);
		expect(isRelevant(m, q('b'), { a: 'yes' })).toBe(true);
		expect(isRelevant(m, q('b'), { a: 'no' })).toBe(false);
		// a question without any rule never matters (unless it is the scope question)
		expect(isRelevant(model([q('a'), q('c')], [open('a')]), q('c'), {})).toBe(false);
	});
});

describe('progress on hand-made models', () => {
	// b is asked when a = yes, c when b = yes: a chain of questions that may still come
	const a = q('a');
	const b = q('b', [{ question: 'a', in: ['yes'] }]);
	const c = q('c', [{ question: 'b', in: ['yes'] }]);

	it('counts the questions that may still be asked, through a chain of conditions', () => {
		const m = model([a, b, c]);
		expect(progress(m, {}, 'a')).toEqual({ position: 1, total: 3 });
		expect(progress(m, { a: 'yes' }, 'b')).toEqual({ position: 2, total: 3 });
		expect(progress(m, { a: 'no' }, 'a')).toEqual({ position: 1, total: 1 });
		expect(progress(m, { a: 'yes', b: 'no' }, 'b')).toEqual({ position: 2, total: 2 });
	});

	it('a question not in the list has position 0', () => {
		expect(progress(model([a, b, c]), {}, 'c').position).toBe(0);
	});

	it('every condition must be able to hold: one that already failed rules the question out', () => {
		const x = q('x');
		const both = q('both', [
			{ question: 'a', in: ['yes'] },
			{ question: 'x', in: ['yes'] },
		]);
		const m = model([a, x, both]);
		expect(progress(m, { a: 'yes' }, 'x')).toEqual({ position: 2, total: 3 });
		expect(progress(m, { a: 'no' }, 'x')).toEqual({ position: 2, total: 2 });
		expect(progress(m, {}, 'a').total).toBe(3);
	});

	it('a condition on a question that does not exist never counts', () => {
		const lost = q('lost', [{ question: 'missing', in: ['yes'] }]);
		expect(progress(model([a, lost]), {}, 'a')).toEqual({ position: 1, total: 1 });
	});

	it('a condition on a question that is not asked and cannot be counts nothing', () => {
		// d waits for b, but b can no longer be asked (a = no): d cannot come either
		const d = q('d', [{ question: 'b', in: ['yes'] }]);
		const m = model([a, b, d]);
		expect(progress(m, { a: 'no' }, 'a').total).toBe(1);
	});

	it('a question whose conditions all hold but that does not matter is not counted', () => {
		// z is shown (a = yes) but its only rule belongs to a form that is already ruled out
		const z = q('z', [{ question: 'a', in: ['yes'] }]);
		const rules: RuleDef[] = [{ ...open('a'), forms: ['f', 'g'] }, { ...open('x', 'g'), fail: ['no'] }, open('z', 'g')];
		const m: Model = { questions: [a, q('x'), z], rules, forms: [{ id: 'f' }, { id: 'g' }] };
		expect(progress(m, { a: 'yes', x: 'no' }, 'x')).toEqual({ position: 2, total: 2 });
	});

	it('a cycle of conditions ends and counts nothing', () => {
		const p1 = q('p1', [{ question: 'p2', in: ['yes'] }]);
		const p2 = q('p2', [{ question: 'p1', in: ['yes'] }]);
		expect(progress(model([a, p1, p2]), {}, 'a')).toEqual({ position: 1, total: 1 });
	});
});

describe('neighbours at the ends of the list', () => {
	const m = model([q('a'), q('b'), q('c')]);

	it('complete only when every question that matters is answered', () => {
		expect(isComplete(m, {})).toBe(false);
		expect(isComplete(m, { a: 'yes', b: 'no' })).toBe(false);
		expect(isComplete(m, { a: 'yes', b: 'no', c: 'yes' })).toBe(true);
	});

	it('after: the next one; none after the last or for an unknown key', () => {
		expect(questionAfter(m, 'a', {})?.key).toBe('b');
		expect(questionAfter(m, 'c', {})).toBeNull();
		expect(questionAfter(m, 'nope', {})).toBeNull();
	});

	it('before: the previous one; none before the first or for an unknown key', () => {
		expect(questionBefore(m, 'b', {})?.key).toBe('a');
		expect(questionBefore(m, 'a', {})).toBeNull();
		expect(questionBefore(m, 'nope', {})).toBeNull();
	});

	it('back from the check list is the last question; from a question not in the list, nowhere', () => {
		expect(stepBefore(m, { kind: 'check' }, { a: 'yes', b: 'yes', c: 'yes' })).toEqual({ kind: 'question', key: 'c' });
		expect(stepBefore(m, { kind: 'question', key: 'nope' }, {})).toBeNull();
		expect(stepBefore(model([q('a')], []), { kind: 'check' }, {})).toBeNull();
	});

	it('resolveStep: an answered question may be shown again, the next one too, a later one not', () => {
		expect(resolveStep(m, { a: 'yes' }, { kind: 'question', key: 'a' })).toEqual({ kind: 'question', key: 'a' });
		expect(resolveStep(m, { a: 'yes' }, { kind: 'question', key: 'b' })).toEqual({ kind: 'question', key: 'b' });
		expect(resolveStep(m, { a: 'yes' }, { kind: 'question', key: 'c' })).toEqual({ kind: 'question', key: 'b' });
		expect(resolveStep(m, { a: 'yes' }, { kind: 'check' })).toEqual({ kind: 'question', key: 'b' });
		const all = { a: 'yes', b: 'yes', c: 'yes' };
		expect(resolveStep(m, all, { kind: 'check' })).toEqual({ kind: 'check' });
		expect(resolveStep(m, all, { kind: 'question', key: 'nope' })).toEqual({ kind: 'check' });
	});
});
