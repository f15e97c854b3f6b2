/**
 * The grant self-check's answers in the URL query, so that a result can be shared, bookmarked,
 * reloaded and changed. Pure: works on strings, no DOM.
 *
 * Keys and values (documented for maintainers in docs/grant-check.md):
 * - one parameter per answered question: `<question key>=<option value>`, e.g.
 *   `?applicant=association&registered=yes`, written in question order;
 * - `step` = a question key (that question is shown), `check` (the "check your answers" list) or
 *   `result`;
 * - `rules` = the version of the principles whose rules the answers were given under, e.g.
 *   `rules=2022-10-10`: written with every answer (the island's rules, `rulesVersion`), so a shared
 *   result is recomputed with the same rules (./rules-version.ts). A malformed value is reported
 *   as such and never echoed.
 * - addresses from before the scope question (`interest`, "which grant forms?") have answers but
 *   no `interest`: they are read as asking about every grant form, so they keep their result.
 * Reading is forgiving and safe: unknown keys, unknown values, repeated keys (the first valid
 * one wins), malformed encoding and over-long queries are ignored. Values are only ever compared
 * with the data's own option values and never passed on as they came in.
 */

import { MAX_QUERY_LENGTH, queryParams } from '~/question-kit/url-answers';
import { type Answers, type Model, scopeQuestion } from './engine';
import type { Step } from './flow';

/** The reserved parameter for the current step; no question may use it as its key. */
export const STEP_PARAM = 'step';

/** The reserved parameter for the rules version; no question may use it as its key. */
export const RULES_PARAM = 'rules';

/** Longer queries are not read at all (a real one is well under 600 characters). */
export { MAX_QUERY_LENGTH };

export interface ParsedQuery {
	readonly answers: Answers;
	readonly step: Step | null;
}

/**
 * The self-check's own parameters in the address (the question keys, `step` and `rules`): the
 * question kit
 * replaces these when it writes the answers and keeps every other parameter.
 */
export function ownKeys(model: Model): string[] {
	return [...model.questions.map((q) => q.key), STEP_PARAM, RULES_PARAM];
}

/** Read answers and step from a query string (with or without the leading "?"). */
export function readQuery(model: Model, search: unknown): ParsedQuery {
	const params = queryParams(search);
	const answers: Record<string, string> = {};
	for (const q of model.questions) {
		const value = params.getAll(q.key).find((v) => q.options.some((o) => o.value === v));
		if (value !== undefined) answers[q.key] = value;
	}
	const scope = scopeQuestion(model);
	if (scope && answers[scope.key] === undefined && Object.keys(answers).length > 0) {
		const all = scope.options.find((o) => model.forms.every((f) => o.forms?.includes(f.id)));
		if (all) answers[scope.key] = all.value;
	}
	return { answers, step: readStep(model, params.getAll(STEP_PARAM)) };
}

function readStep(model: Model, values: string[]): Step | null {
	for (const v of values) {
		if (v === 'check' || v === 'result') return { kind: v };
		const q = model.questions.find((x) => x.key === v);
		if (q) return { kind: 'question', key: q.key };
	}
	return null;
}

/** What the address says about the rules version: nothing, a well-formed version id, or something malformed. */
export type RulesParam =
	| { readonly kind: 'none' }
	| { readonly kind: 'malformed' }
	| { readonly kind: 'version'; readonly version: string };

/** A rules version id: a folder name under content/data/grant-check/ and a `rules=` value. */
export const rulesVersionSyntax = /^[0-9a-z][0-9a-z-]{0,29}$/;

/** Read the `rules` parameter (the first one counts). Malformed input is never returned as it came in. */
export function readRulesParam(search: unknown): RulesParam {
	if (typeof search !== 'string' || search.length === 0) return { kind: 'none' };
	if (search.length > MAX_QUERY_LENGTH) return { kind: 'malformed' };
	let value: string | null;
	try {
		value = new URLSearchParams(search).get(RULES_PARAM);
	} catch {
		return { kind: 'malformed' };
	}
	if (value === null) return { kind: 'none' };
	return rulesVersionSyntax.test(value) ? { kind: 'version', version: value } : { kind: 'malformed' };
}

/**
 * Write answers and step as a query string: "" when there is nothing to write, else "?…". A model
 * that carries its `rulesVersion` (the island's data) writes it with the answers as `rules=`.
 */
export function writeQuery(
	model: Model & { readonly rulesVersion?: string },
	answers: Answers,
	step: Step | null,
): string {
	const params = new URLSearchParams();
	for (const q of model.questions) {
		const a = answers[q.key];
		const option = q.options.find((o) => o.value === a);
		if (option) params.append(q.key, option.value);
	}
	if (model.rulesVersion && params.size > 0) params.append(RULES_PARAM, model.rulesVersion);
	if (step?.kind === 'check' || step?.kind === 'result') params.append(STEP_PARAM, step.kind);
	else if (step?.kind === 'question') {
		const q = model.questions.find((x) => x.key === step.key);
		if (q) params.append(STEP_PARAM, q.key);
	}
	const s = params.toString();
	return s ? `?${s}` : '';
}
