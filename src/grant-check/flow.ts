/**
 * The grant self-check's flow: which question comes next. It only routes; the outcomes are
 * decided by ./engine.ts. Pure: no DOM.
 *
 * Questions are asked in data order. A question is skipped when it no longer matters:
 * - its `showIf` does not hold (e.g. "registered?" is asked only of associations), or
 * - every grant form that one of its rules belongs to is already ruled out ("not eligible")
 *   by the answers to earlier questions.
 * Answers to skipped questions are dropped (`prune`), so the URL and the result only ever
 * reflect questions that were actually asked.
 */
import { type Answers, evaluateForm, type Model, type QuestionDef, questionShown, scopeQuestion } from './engine';

/** A step of the island: one question, the "check your answers" list, or the result. */
export type Step =
	| { readonly kind: 'question'; readonly key: string }
	| { readonly kind: 'check' }
	| { readonly kind: 'result' };

const isAnswer = (q: QuestionDef, value: string | undefined): value is string =>
	value !== undefined && q.options.some((o) => o.value === value);

/** Does the question matter, given the answers to the questions before it? */
export function isRelevant(model: Model, question: QuestionDef, earlier: Answers): boolean {
	if (!questionShown(model, question, earlier)) return false;
	if (question === scopeQuestion(model)) return true;
	const closed: readonly string[] = ['not-eligible', 'not-assessed'];
	const open = new Set(
		model.forms.filter((f) => !closed.includes(evaluateForm(model, f, earlier).outcome)).map((f) => f.id),
	);
	return model.rules.some((r) => r.question === question.key && r.forms.some((f) => open.has(f)));
}

export interface Walk<Q extends QuestionDef> {
	/** The questions that matter, in order (answered or not), as far as they can be known. */
	readonly questions: readonly Q[];
	/** The valid answers to those questions. */
	readonly answers: Answers;
	/** The first of them without an answer, or null when all are answered. */
	readonly next: Q | null;
}

/**
 * Walks already made, per model, by answers: the island asks for the same walk several times per
 * render (steps, back link, progress), and each walk evaluates every form for every question.
 */
const walks = new WeakMap<Model, Map<string, Walk<QuestionDef>>>();
const WALK_CACHE_SIZE = 64;

/** Walk the questions in order with the given answers (pure; repeated walks come from a small cache). */
export function walk<Q extends QuestionDef>(model: Model<Q>, answers: Answers): Walk<Q> {
	const key = JSON.stringify(Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	const cache = walks.get(model) ?? new Map<string, Walk<QuestionDef>>();
	walks.set(model, cache);
	const hit = cache.get(key) as Walk<Q> | undefined;
	if (hit) return hit;
	const result = walkUncached(model, answers);
	if (cache.size >= WALK_CACHE_SIZE) cache.clear();
	cache.set(key, result);
	return result;
}

function walkUncached<Q extends QuestionDef>(model: Model<Q>, answers: Answers): Walk<Q> {
	const kept: Record<string, string> = {};
	const questions: Q[] = [];
	let next: Q | null = null;
	for (const q of model.questions) {
		if (!isRelevant(model, q, kept)) continue;
		questions.push(q);
		const a = answers[q.key];
		if (isAnswer(q, a)) kept[q.key] = a;
		else next ??= q;
	}
	return { questions, answers: kept, next };
}

/**
 * Where a question stands: its number among the questions that matter and how many there are.
 * The total also counts questions that may still be asked because they depend on an answer not
 * yet given (so it can only shrink as the answers come in, never grow).
 */
export function progress(model: Model, answers: Answers, key: string): { position: number; total: number } {
	const w = walk(model, answers);
	const position = w.questions.findIndex((q) => q.key === key) + 1;
	/** Not asked now, but could be: every condition holds or waits for an answer not yet given. */
	const undecided = (q: QuestionDef, depth = 0): boolean => {
		if (!q.showIf || depth > model.questions.length) return false;
		let waits = false;
		for (const c of q.showIf) {
			const target = model.questions.find((x) => x.key === c.question);
			if (!target) return false;
			const a = w.answers[target.key];
			if (a !== undefined && !c.in.includes(a)) return false;
			if (a === undefined) {
				if (!w.questions.includes(target) && !undecided(target, depth + 1)) return false;
				waits = true;
			}
		}
		return waits;
	};
	const maybe = model.questions.filter((q) => !w.questions.includes(q) && undecided(q)).length;
	return { position, total: w.questions.length + maybe };
}

/** Only the answers that count: valid values to questions that matter. */
export function prune(model: Model, answers: Answers): Answers {
	return walk(model, answers).answers;
}

/** The first question that matters and has no answer yet; null when the answers are complete. */
export function nextQuestion<Q extends QuestionDef>(model: Model<Q>, answers: Answers): Q | null {
	return walk(model, answers).next;
}

export function isComplete(model: Model, answers: Answers): boolean {
	return walk(model, answers).next === null;
}

/** The question that matters after `key` (answered or not), or null if `key` is the last one. */
export function questionAfter<Q extends QuestionDef>(model: Model<Q>, key: string, answers: Answers): Q | null {
	const { questions } = walk(model, answers);
	const i = questions.findIndex((q) => q.key === key);
	return i < 0 ? null : (questions[i + 1] ?? null);
}

/** The question that matters before `key`, or null if `key` is the first one. */
export function questionBefore<Q extends QuestionDef>(model: Model<Q>, key: string, answers: Answers): Q | null {
	const { questions } = walk(model, answers);
	const i = questions.findIndex((q) => q.key === key);
	return i <= 0 ? null : (questions[i - 1] ?? null);
}

/**
 * The step to show for the given answers and requested step (from the URL). A request is
 * honoured only if it is possible: a question that matters and is answered or next; "check" or
 * "result" when the answers are complete. Otherwise: the next question, or "check".
 */
export function resolveStep(model: Model, answers: Answers, requested: Step | null): Step {
	const w = walk(model, answers);
	if (requested?.kind === 'question') {
		const q = w.questions.find((x) => x.key === requested.key);
		if (q && (q === w.next || w.answers[q.key] !== undefined)) return requested;
	}
	if (w.next) {
		// Requests for "check"/"result" with incomplete answers, or for a question further on.
		return { kind: 'question', key: w.next.key };
	}
	if (requested?.kind === 'result') return requested;
	return { kind: 'check' };
}

/** The step after answering `key`: the next question in order, else the first unanswered, else "check". */
export function stepAfterAnswer(model: Model, key: string, answers: Answers, returnToCheck: boolean): Step {
	const next = (returnToCheck ? null : questionAfter(model, key, answers)) ?? nextQuestion(model, answers);
	return next ? { kind: 'question', key: next.key } : { kind: 'check' };
}

/** The step "Back" leads to. */
export function stepBefore(model: Model, step: Step, answers: Answers): Step | null {
	if (step.kind === 'result') return { kind: 'check' };
	const w = walk(model, answers);
	if (step.kind === 'check') {
		const last = w.questions[w.questions.length - 1];
		return last ? { kind: 'question', key: last.key } : null;
	}
	const prev = questionBefore(model, step.key, answers);
	return prev ? { kind: 'question', key: prev.key } : null;
}
