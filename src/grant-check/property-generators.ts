/**
 * Seeded generators for the self-check's property tests (test-only, not shipped; used by
 * ./property.test.ts). Random answers chosen uniformly from the options rarely reach the
 * properties: 4 of 6 applicant types fail at the applicant question, and "eligible" hardly ever
 * comes up. These generators start instead from a PASSING answer set (one for each applicant type
 * and scope answer for which some grant form is eligible) and change a few answers, then answer
 * the flow to its end, so every outcome and every advice, payment condition and note is reached
 * often; the tests count how often and fail below a minimum.
 *
 * Our own generators on the existing seeded PRNG (`seeded`, `pick`), not fast-check: a changed
 * answer set is at most three answers away from a passing one, so a failing case is already
 * small and readable (no shrinking needed); the minimum counts need our own tallies anyway; and
 * the runs are the same on every machine and under Stryker.
 */
import { type Answers, evaluate, type QuestionDef, scopeQuestion } from './engine';
import { nextQuestion, prune, walk } from './flow';
import { type DataModel, pick } from './test-helpers';

/** A passing starting point: a complete flow's answers and the grant forms they are eligible for. */
export interface Base {
	readonly applicant: string;
	readonly interest: string;
	readonly answers: Answers;
	readonly eligible: readonly string[];
}

/** A generated answer set: the base it came from, the answers changed, and the complete answers. */
export interface Variant {
	readonly base: Base;
	readonly changed: Readonly<Record<string, string>>;
	readonly answers: Answers;
}

/** The first option of a question that meets every rule reading it (in no rule's fail or unknown answers). */
export function passingOption(model: DataModel, q: QuestionDef): string | undefined {
	const readers = model.rules.filter((r) => r.question === q.key);
	return q.options.find((o) => readers.every((r) => !r.fail.includes(o.value) && !r.unknown.includes(o.value)))?.value;
}

/**
 * Answers the flow from its start to its end: from `given` where it holds an answer to the
 * question asked, otherwise `otherwise(question)`. Throws if the flow asks more questions than
 * the model has (it would not end).
 */
export function answerFlow(model: DataModel, given: Answers, otherwise: (q: QuestionDef) => string): Answers {
	let answers: Answers = {};
	let steps = 0;
	for (let q = nextQuestion(model, answers); q; q = nextQuestion(model, answers)) {
		steps++;
		if (steps > model.questions.length) throw new Error(`the flow does not end: ${JSON.stringify(answers)}`);
		answers = prune(model, { ...answers, [q.key]: given[q.key] ?? otherwise(q) });
	}
	return answers;
}

/**
 * The same answers as `answerFlow`, faster: the answers given are pruned as the flow would keep
 * them, and only a question the flow would ask without an answer is answered, one at a time.
 */
export function completeAnswers(model: DataModel, given: Answers, otherwise: (q: QuestionDef) => string): Answers {
	const answers: Record<string, string> = { ...given };
	for (let steps = 0; ; steps++) {
		if (steps > model.questions.length) throw new Error(`the flow does not end: ${JSON.stringify(answers)}`);
		const { next } = walk(model, answers);
		if (!next) return prune(model, answers);
		answers[next.key] = otherwise(next);
	}
}

/**
 * The passing starting points, from the data: for every applicant type and every answer to the
 * scope question, the flow answered with each question's passing option; kept when at least one
 * grant form is eligible.
 */
export function passingBases(model: DataModel): Base[] {
	const scope = scopeQuestion(model);
	const applicant = model.questions.find((q) => q.key === 'applicant');
	if (!scope || !applicant) throw new Error('the model has no scope or applicant question');
	const bases: Base[] = [];
	for (const a of applicant.options) {
		for (const i of scope.options) {
			const answers = answerFlow(model, { [scope.key]: i.value, applicant: a.value }, (q) => {
				const value = passingOption(model, q);
				if (value === undefined) throw new Error(`no passing option for ${q.key}`);
				return value;
			});
			const eligible = evaluate(model, answers)
				.filter((r) => r.outcome === 'eligible')
				.map((r) => r.form.id);
			if (eligible.length > 0) bases.push({ applicant: a.value, interest: i.value, answers, eligible });
		}
	}
	return bases;
}

/**
 * A passing base with 1 to `maxChanges` answers changed to another option (questions the base
 * was asked; a change that an earlier change makes moot is dropped by the flow), then `force` applied on top, then the flow answered to its end:
 * questions it newly asks get a random option.
 */
export function nearPassing(
	model: DataModel,
	random: () => number,
	bases: readonly Base[],
	maxChanges = 3,
	force: Answers = {},
): Variant {
	const base = pick(random, bases);
	const given: Record<string, string> = { ...base.answers };
	const changed: Record<string, string> = {};
	const count = 1 + Math.floor(random() * maxChanges);
	const asked = walk(model, base.answers).questions;
	for (let i = 0; i < count; i++) {
		const q = pick(random, asked);
		const value = pick(
			random,
			q.options.filter((o) => o.value !== given[q.key]),
		).value;
		given[q.key] = value;
		changed[q.key] = value;
	}
	Object.assign(given, force);
	Object.assign(changed, force);
	const answers = completeAnswers(model, given, (q) => pick(random, q.options).value);
	return { base, changed, answers };
}

/** Counts of named events, and the names below a minimum (expected names never seen count as 0). */
export class Tally {
	readonly counts = new Map<string, number>();
	add(name: string): void {
		this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
	}
	below(min: number, expected: readonly string[]): string[] {
		return expected.filter((n) => (this.counts.get(n) ?? 0) < min).map((n) => `${n}: ${this.counts.get(n) ?? 0}`);
	}
}
