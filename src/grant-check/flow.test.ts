import { describe, expect, it } from 'vitest';
import { type Answers, evaluate, evaluateForm, type Outcome, outcomes, scopeQuestion } from './engine';
import {
	isComplete,
	nextQuestion,
	progress,
	prune,
	questionAfter,
	questionBefore,
	resolveStep,
	stepAfterAnswer,
	stepBefore,
	walk,
} from './flow';
import { allGood, allGoodFoundation, type DataModel, formIds, model } from './test-helpers';

const keys = (answers: Answers) => walk(model, answers).questions.map((q) => q.key);

/** Answer the flow from the start, taking answers from `given` where present. Returns the asked keys. */
function run(given: Answers): { asked: string[]; answers: Answers } {
	let answers: Answers = {};
	const asked: string[] = [];
	for (let q = nextQuestion(model, answers); q; q = nextQuestion(model, answers)) {
		const value = given[q.key];
		if (value === undefined) throw new Error(`no answer for ${q.key}`);
		asked.push(q.key);
		answers = prune(model, { ...answers, [q.key]: value });
		if (asked.length > model.questions.length) throw new Error('the flow does not end');
	}
	return { asked, answers };
}

describe('order and skipping', () => {
	it('starts with the grant forms the applicant is interested in, then the applicant question', () => {
		expect(nextQuestion(model, {})?.key).toBe('interest');
		expect(nextQuestion(model, { interest: 'all' })?.key).toBe('applicant');
	});

	it('skips what does not concern the chosen grant form', () => {
		const operating = run({ ...allGood, interest: 'operating' }).asked;
		expect(operating).toContain('reports');
		expect(operating).not.toContain('duration');
		expect(operating).not.toContain('mainfunding');
		expect(operating).not.toContain('cofunding');
		const project = run({ ...allGood, interest: 'project' }).asked;
		expect(project).toContain('cofunding');
		expect(project).not.toContain('reports');
		expect(project).not.toContain('duration');
		// a foundation interested only in the operating grant is asked nothing more
		expect(run({ interest: 'operating', applicant: 'foundation' }).asked).toEqual(['interest', 'applicant']);
	});

	it("an association that meets everything is asked every question but the foundations' one, in data order", () => {
		expect(run(allGood).asked).toEqual(model.questions.map((q) => q.key).filter((k) => k !== 'foundationpurpose'));
	});

	it('a company is asked nothing more: no form is open', () => {
		expect(run({ interest: 'all', applicant: 'company' }).asked).toEqual(['interest', 'applicant']);
		expect(isComplete(model, { interest: 'all', applicant: 'company' })).toBe(true);
	});

	it('an unregistered association is asked nothing more', () => {
		expect(run({ ...allGood, registered: 'no' }).asked).toEqual(['interest', 'applicant', 'registered']);
	});

	it('a foundation is not asked about registration or non-profit status, nor about operating-grant reports', () => {
		const { asked } = run(allGoodFoundation);
		expect(asked).not.toContain('registered');
		expect(asked).not.toContain('nonprofit');
		expect(asked).not.toContain('purpose');
		expect(asked).toContain('foundationpurpose');
		expect(asked).not.toContain('reports');
		expect(asked).toContain('duration');
		expect(asked).toContain('cofunding');
	});

	it('questions of a form already ruled out are skipped', () => {
		// duration "no" rules the partnership agreement out: its main-funding question is skipped
		expect(run({ ...allGood, duration: 'no' }).asked).not.toContain('mainfunding');
		// an overdue report rules nothing out (the payment waits): the questions go on
		expect(run({ ...allGood, reports: 'no' }).asked).toContain('cofunding');
	});

	it('"don\'t know" does not rule anything out, so the questions go on', () => {
		expect(run({ ...allGood, field: 'unknown' }).asked).toEqual(run(allGood).asked);
	});
});

describe('prune', () => {
	it('drops answers to questions that no longer matter and invalid values', () => {
		expect(prune(model, { ...allGood, applicant: 'company' })).toEqual({ interest: 'all', applicant: 'company' });
		expect(prune(model, { applicant: 'association', registered: 'perhaps', colour: 'blue' })).toEqual({
			applicant: 'association',
		});
		expect(prune(model, { ...allGood, interest: 'project' })).not.toHaveProperty('reports');
		expect(prune(model, allGood)).toEqual(allGood);
	});

	it('keeps later answers after a gap (read from a URL), so they need not be given again', () => {
		expect(prune(model, { applicant: 'association', audit: 'yes' })).toEqual({
			applicant: 'association',
			audit: 'yes',
		});
		expect(nextQuestion(model, { interest: 'all', applicant: 'association', audit: 'yes' })?.key).toBe('registered');
	});
});

describe('steps: next, back, change, check, result', () => {
	it('after an answer: the next question that matters', () => {
		expect(stepAfterAnswer(model, 'applicant', { interest: 'all', applicant: 'foundation' }, false)).toEqual({
			kind: 'question',
			key: 'foundationpurpose',
		});
		expect(stepAfterAnswer(model, 'lahella', allGood, false)).toEqual({ kind: 'check' });
	});

	it('after a Change: back to the check list, unless a new question now matters', () => {
		expect(stepAfterAnswer(model, 'field', { ...allGood, field: 'unknown' }, true)).toEqual({ kind: 'check' });
		// a foundation changed back to an association must now answer registration
		expect(stepAfterAnswer(model, 'applicant', { ...allGoodFoundation, applicant: 'association' }, true)).toEqual({
			kind: 'question',
			key: 'registered',
		});
	});

	it('back: the previous question that matters; from check the last; from the result the check list', () => {
		expect(stepBefore(model, { kind: 'question', key: 'interest' }, {})).toBeNull();
		expect(stepBefore(model, { kind: 'question', key: 'applicant' }, {})).toEqual({
			kind: 'question',
			key: 'interest',
		});
		expect(
			stepBefore(model, { kind: 'question', key: 'foundationpurpose' }, { interest: 'all', applicant: 'foundation' }),
		).toEqual({
			kind: 'question',
			key: 'applicant',
		});
		expect(stepBefore(model, { kind: 'check' }, allGood)).toEqual({ kind: 'question', key: 'lahella' });
		expect(stepBefore(model, { kind: 'result' }, allGood)).toEqual({ kind: 'check' });
		expect(questionBefore(model, 'registered', { applicant: 'association' })?.key).toBe('applicant');
		expect(questionAfter(model, 'lahella', allGood)).toBeNull();
	});

	it('resolveStep honours only possible requests', () => {
		expect(resolveStep(model, {}, null)).toEqual({ kind: 'question', key: 'interest' });
		expect(resolveStep(model, {}, { kind: 'result' })).toEqual({ kind: 'question', key: 'interest' });
		expect(
			resolveStep(model, { interest: 'all', applicant: 'association' }, { kind: 'question', key: 'audit' }),
		).toEqual({
			kind: 'question',
			key: 'registered',
		});
		expect(resolveStep(model, allGood, null)).toEqual({ kind: 'check' });
		expect(resolveStep(model, allGood, { kind: 'result' })).toEqual({ kind: 'result' });
		expect(resolveStep(model, allGood, { kind: 'question', key: 'goals' })).toEqual({ kind: 'question', key: 'goals' });
		// a question that does not matter for this applicant
		expect(
			resolveStep(model, { interest: 'all', applicant: 'company' }, { kind: 'question', key: 'registered' }),
		).toEqual({
			kind: 'check',
		});
	});
});

const WITNESS_BUDGET = 5_000;

/**
 * Depth-first search through the flow (only questions the flow would ask) for answers that give
 * `target` for `form`. Branches that can no longer reach the target are cut: a failed required
 * condition is final, and so is an unknown one for "eligible".
 */
function witness(m: DataModel, form: string, target: Outcome): Answers | null {
	const f = m.forms.find((x) => x.id === form);
	if (!f) throw new Error(`no form ${form}`);
	// The real rules need at most ~1,500 answer sets; a broken engine that makes an outcome
	// unreachable fails here at once instead of searching every answer set (minutes per mutant).
	let budget = WITNESS_BUDGET;
	const search = (answers: Answers): Answers | null => {
		if (--budget < 0) throw new Error(`no witness for ${form} → ${target} within ${WITNESS_BUDGET} answer sets`);
		const q = nextQuestion(m, answers);
		const r = evaluateForm(m, f, answers);
		if (!q) return r.outcome === target ? answers : null;
		const scope = scopeQuestion(m);
		if (scope && answers[scope.key] !== undefined && (r.outcome === 'not-assessed') !== (target === 'not-assessed'))
			return null;
		if (target !== 'not-eligible' && r.failed.length > 0) return null;
		if (target === 'eligible' && r.unknown.length > 0) return null;
		for (const o of q.options) {
			const found = search(prune(m, { ...answers, [q.key]: o.value }));
			if (found) return found;
		}
		return null;
	};
	return search({});
}

describe('reachability', () => {
	for (const form of formIds) {
		for (const target of outcomes) {
			it(`${form}: "${target}" is reachable through the flow`, () => {
				const answers = witness(model, form, target);
				expect(answers).not.toBeNull();
				if (!answers) return;
				expect(isComplete(model, answers)).toBe(true);
				expect(evaluate(model, answers).find((r) => r.form.id === form)?.outcome).toBe(target);
			});
		}
	}

	it('every option of every question can be chosen in the flow', () => {
		// starting from the "all good" answers, each question is reached and each option accepted
		for (const q of model.questions) {
			for (const o of q.options) {
				const base = q.key === 'foundationpurpose' ? allGoodFoundation : { ...allGood, foundationpurpose: 'yes' };
				const { asked, answers } = run({ ...base, [q.key]: o.value });
				expect(asked).toContain(q.key);
				expect(answers[q.key]).toBe(o.value);
			}
		}
	});
});

describe('walk', () => {
	it('lists the questions that matter so far', () => {
		expect(keys({})).toContain('applicant');
		expect(keys({})).not.toContain('registered');
		expect(keys({ applicant: 'association' })).toContain('registered');
		expect(keys({ interest: 'all', applicant: 'public' })).toEqual(['interest', 'applicant']);
	});
});

describe('progress: "question 5/15"', () => {
	it('counts the questions that matter; the total only shrinks as answers come in', () => {
		const start = progress(model, {}, 'interest');
		expect(start.position).toBe(1);
		// at the start every question may still be asked, except that an applicant is either an association or a foundation
		expect(start.total).toBe(model.questions.length);
		let answers: Answers = {};
		let total = start.total;
		let position = 0;
		for (let q = nextQuestion(model, answers); q; q = nextQuestion(model, answers)) {
			const p = progress(model, answers, q.key);
			expect(p.position).toBe(position + 1);
			expect(p.total).toBeLessThanOrEqual(total);
			total = p.total;
			position = p.position;
			answers = prune(model, { ...answers, [q.key]: allGood[q.key] ?? '' });
		}
		expect(position).toBe(run(allGood).asked.length);
		expect(total).toBe(position);
	});
	it('a company: the total drops to the questions asked', () => {
		expect(progress(model, { interest: 'all', applicant: 'company' }, 'applicant')).toEqual({ position: 2, total: 2 });
	});
	it('interest in the project grant only: its questions, not the others', () => {
		const p = progress(model, { interest: 'project', applicant: 'association' }, 'applicant');
		expect(p.total).toBe(run({ ...allGood, interest: 'project' }).asked.length);
	});
});
