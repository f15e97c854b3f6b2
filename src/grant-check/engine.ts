/**
 * The grant self-check engine: answers → an outcome for each grant form, with the conditions
 * that failed, are unknown or were not answered. Pure TypeScript: no DOM, no I/O, no wording.
 *
 * The rules are data (content/data/grant-check/<version>/rules.json). Each rule reads one question and
 * names the grant forms it belongs to; an answer listed in its `fail` fails it, one listed in its
 * `unknown` leaves it open, any other answer meets it. A rule whose question is not asked of
 * this applicant (its `showIf` does not hold) does not apply.
 *
 * Outcome-centric: a grant form's outcome depends only on the states of its REQUIRED
 * conditions, decided in one place, `decideOutcome` (see OUTCOMES). Recommended conditions
 * (e.g. being listed on Lähellä.fi) never change the outcome; when not met they give advice.
 * Payment conditions (e.g. reporting on an earlier grant before the next payment) never change
 * the outcome either; when not met the result says that payment waits. A grant form the
 * applicant did not ask about (the scope question) is "not assessed", never "not eligible".
 */

export type Answers = Readonly<Record<string, string>>;
export type Level = 'required' | 'recommended' | 'payment';

export interface ConditionDef {
	readonly question: string;
	readonly in: readonly string[];
}
export interface QuestionDef {
	readonly key: string;
	/** `forms` only on the scope question: the grant forms an answer asks about. */
	readonly options: readonly { readonly value: string; readonly forms?: readonly string[] | undefined }[];
	readonly showIf?: readonly ConditionDef[] | undefined;
}
export interface RuleDef {
	readonly id: string;
	readonly forms: readonly string[];
	readonly level: Level;
	readonly question: string;
	readonly fail: readonly string[];
	readonly unknown: readonly string[];
	/** Answers on which the result shows the rule's note. */
	readonly note?: { readonly on: readonly string[] } | undefined;
}
export interface FormDef {
	readonly id: string;
}
/** What the engine needs of the data; the island passes the same objects with their texts. */
export interface Model<Q extends QuestionDef = QuestionDef, R extends RuleDef = RuleDef, F extends FormDef = FormDef> {
	readonly questions: readonly Q[];
	readonly rules: readonly R[];
	readonly forms: readonly F[];
}

export type Outcome = 'eligible' | 'not-eligible' | 'check-with-coordinator' | 'not-assessed';
export const outcomes: readonly Outcome[] = ['eligible', 'not-eligible', 'check-with-coordinator', 'not-assessed'];

/**
 * State of one condition for the given answers:
 * - met: the answer is neither a fail nor an unknown answer;
 * - failed: the answer is one of the rule's `fail` answers;
 * - unknown: the answer is one of the rule's `unknown` answers ("don't know", decision pending);
 * - unanswered: the question applies but has no (valid) answer;
 * - not-applicable: the question is not asked of this applicant (its showIf does not hold).
 */
export type ConditionState = 'met' | 'failed' | 'unknown' | 'unanswered' | 'not-applicable';

/**
 * THE OUTCOMES AND THEIR CONDITIONS, in one place (only required conditions count):
 * - not-eligible: at least one required condition has failed;
 * - check-with-coordinator: none has failed, and at least one is unknown or unanswered;
 * - eligible: every required condition is met or does not apply.
 * @public (the outcomes' conditions in words, for readers of this file)
 */
export const OUTCOMES: Readonly<Record<Outcome, string>> = {
	'not-eligible': 'at least one required condition has failed',
	'check-with-coordinator': 'no required condition has failed; at least one is unknown or unanswered',
	eligible: 'every required condition is met or does not apply',
	'not-assessed': 'the applicant did not ask about this grant form (the scope question)',
};

export function decideOutcome(required: readonly ConditionState[]): Outcome {
	if (required.includes('failed')) return 'not-eligible';
	if (required.some((s) => s === 'unknown' || s === 'unanswered')) return 'check-with-coordinator';
	return 'eligible';
}

export interface FormResult<R extends RuleDef = RuleDef, F extends FormDef = FormDef> {
	readonly form: F;
	readonly outcome: Outcome;
	/** Required conditions that failed (one reason each). */
	readonly failed: readonly R[];
	/** Required conditions answered "don't know" or otherwise open. */
	readonly unknown: readonly R[];
	/** Required conditions whose question has not been answered. */
	readonly unanswered: readonly R[];
	/** Recommended conditions that failed or are unknown: advice, never a "no". */
	readonly advice: readonly R[];
	/** Payment conditions that failed or are unknown: the payment waits, never a "no". */
	readonly payment: readonly R[];
	/** Rules whose note applies to the answer given (e.g. a joint application with a lead applicant). */
	readonly notes: readonly R[];
	/** Required conditions that are met. */
	readonly met: readonly R[];
}

const isAnswer = (q: QuestionDef, value: string | undefined): value is string =>
	value !== undefined && q.options.some((o) => o.value === value);

/** Is the question asked of this applicant? (Its showIf holds, recursively; answers must be valid.) */
export function questionShown(model: Model, question: QuestionDef, answers: Answers, depth = 0): boolean {
	if (!question.showIf) return true;
	if (depth > model.questions.length) return false; // a cycle: the schema forbids it
	return question.showIf.every((c) => {
		const target = model.questions.find((q) => q.key === c.question);
		if (!target || !questionShown(model, target, answers, depth + 1)) return false;
		const a = answers[c.question];
		return isAnswer(target, a) && c.in.includes(a);
	});
}

/** The scope question: the one whose options name grant forms ("which forms are you interested in?"). */
export function scopeQuestion<Q extends QuestionDef>(model: Model<Q>): Q | undefined {
	return model.questions.find((q) => q.options.some((o) => o.forms));
}

/** The grant forms the applicant asked about: all of them until the scope question is answered. */
export function assessedForms(model: Model, answers: Answers): ReadonlySet<string> {
	const q = scopeQuestion(model);
	const chosen = q?.options.find((o) => o.value === answers[q.key])?.forms;
	return new Set(chosen ?? model.forms.map((f) => f.id));
}

/** The state of one condition for the given answers. */
export function conditionState(model: Model, rule: RuleDef, answers: Answers): ConditionState {
	const q = model.questions.find((x) => x.key === rule.question);
	if (!q || !questionShown(model, q, answers)) return 'not-applicable';
	const a = answers[q.key];
	if (!isAnswer(q, a)) return 'unanswered';
	if (rule.fail.includes(a)) return 'failed';
	if (rule.unknown.includes(a)) return 'unknown';
	return 'met';
}

/** The conditions of one grant form, in data order: what its outcome is decided on. */
export function conditionsFor<R extends RuleDef>(model: Model<QuestionDef, R>, formId: string): R[] {
	return model.rules.filter((r) => r.forms.includes(formId));
}

/** The outcome of one grant form with its failed, unknown and unanswered conditions. */
export function evaluateForm<Q extends QuestionDef, R extends RuleDef, F extends FormDef>(
	model: Model<Q, R, F>,
	form: F,
	answers: Answers,
): FormResult<R, F> {
	const failed: R[] = [];
	const unknown: R[] = [];
	const unanswered: R[] = [];
	const advice: R[] = [];
	const payment: R[] = [];
	const notes: R[] = [];
	const met: R[] = [];
	const required: ConditionState[] = [];
	if (!assessedForms(model, answers).has(form.id)) {
		return { form, outcome: 'not-assessed', failed, unknown, unanswered, advice, payment, notes, met };
	}
	for (const rule of conditionsFor(model, form.id)) {
		const state = conditionState(model, rule, answers);
		if (state !== 'not-applicable' && rule.note?.on.includes(answers[rule.question] ?? '')) notes.push(rule);
		if (rule.level !== 'required') {
			if (state === 'failed' || state === 'unknown') (rule.level === 'payment' ? payment : advice).push(rule);
			continue;
		}
		required.push(state);
		if (state === 'failed') failed.push(rule);
		else if (state === 'unknown') unknown.push(rule);
		else if (state === 'unanswered') unanswered.push(rule);
		else if (state === 'met') met.push(rule);
	}
	return { form, outcome: decideOutcome(required), failed, unknown, unanswered, advice, payment, notes, met };
}

/** An outcome for every grant form, in data order. */
export function evaluate<Q extends QuestionDef, R extends RuleDef, F extends FormDef>(
	model: Model<Q, R, F>,
	answers: Answers,
): FormResult<R, F>[] {
	return model.forms.map((f) => evaluateForm(model, f, answers));
}
