/**
 * Which rules a result is computed with (ADR 0600). Pure: no DOM. A result's address carries the
 * version of the rules it was made with (`rules=`, ./url.ts); opened later, it is recomputed with
 * exactly those rules, and when they are not the current rules the island says so and shows what
 * the same answers give under the current rules, grant form by grant form. An unknown or
 * malformed version gives the current rules and a message, never an error.
 */
import { type Answers, evaluate, type Model, type Outcome } from './engine';
import { prune } from './flow';
import type { LocalGrantCheck, LocalRuleSet, RulesNotice } from './localize';
import { type RulesParam, readQuery, readRulesParam, writeQuery } from './url';

/** The rules an address asks for: the current ones, another version's, or none the site has. */
export type RulesChoice<S> =
	| { readonly kind: 'current' | 'unknown' | 'malformed' }
	| { readonly kind: 'pinned'; readonly set: S };

export function chooseRules<S extends { readonly info: { readonly version: string } }>(
	param: RulesParam,
	others: readonly S[],
	currentVersion: string,
): RulesChoice<S> {
	if (param.kind === 'none') return { kind: 'current' };
	if (param.kind === 'malformed') return { kind: 'malformed' };
	if (param.version === currentVersion) return { kind: 'current' };
	const set = others.find((s) => s.info.version === param.version);
	return set ? { kind: 'pinned', set } : { kind: 'unknown' };
}

/** The island's data with the rules the address asks for at the top level (its model). */
export function selectRules(data: LocalGrantCheck, search: unknown): LocalGrantCheck {
	const choice = chooseRules(readRulesParam(search), data.otherRuleSets, data.rulesVersion);
	if (choice.kind !== 'pinned') return { ...data, rulesNotice: { kind: choice.kind } };
	const { info, source, questions, rules, forms } = choice.set;
	const current: LocalRuleSet = {
		info: data.rulesInfo,
		source: data.source,
		questions: data.questions,
		rules: data.rules,
		forms: data.forms,
	};
	const notice: RulesNotice = { kind: 'pinned', current };
	return { ...data, rulesVersion: info.version, rulesInfo: info, source, questions, rules, forms, rulesNotice: notice };
}

/** The island's data for this page's address (in the browser); on the server, as it is. */
export function withRulesFromAddress(data: LocalGrantCheck | null): LocalGrantCheck | null {
	return data && typeof location !== 'undefined' ? selectRules(data, location.search) : data;
}

/**
 * The answers as another rule set reads them: what its address (`writeQuery`) keeps of them and
 * reading that address gives back (an address without the scope answer asks about every form).
 */
export function answersUnder(model: Model, answers: Answers): Answers {
	return prune(model, readQuery(model, writeQuery(model, answers, null)).answers);
}

/** One grant form's outcome under the rules of the result and under the current rules. */
export interface OutcomeComparison {
	readonly formId: string;
	/** undefined: the form is not in that rule set. */
	readonly pinned: Outcome | undefined;
	readonly current: Outcome | undefined;
	readonly differs: boolean;
}

/** The same answers under both rule sets, form by form (forms of the pinned rules first). */
export function compareOutcomes(pinned: Model, current: Model, answers: Answers): OutcomeComparison[] {
	const before = new Map(evaluate(pinned, answers).map((r) => [r.form.id, r.outcome]));
	const after = new Map(evaluate(current, answersUnder(current, answers)).map((r) => [r.form.id, r.outcome]));
	const ids = [...new Set([...before.keys(), ...after.keys()])];
	return ids.map((formId) => {
		const p = before.get(formId);
		const c = after.get(formId);
		return { formId, pinned: p, current: c, differs: p !== c };
	});
}

/** The address ("?…") of the same answers' result under the current rules. */
export function currentRulesQuery(current: LocalRuleSet, answers: Answers): string {
	const model = { ...current, rulesVersion: current.info.version };
	return writeQuery(model, answersUnder(model, answers), { kind: 'result' });
}
