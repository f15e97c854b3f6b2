/**
 * The picker's answers in the URL query, so a result can be shared, bookmarked, reloaded and changed.
 *
 * Keys (documented for maintainers in docs/cooperation-picker.md):
 * - `needs`: the chosen needs, comma-separated need ids from content/data/cooperation-forms/_needs.json,
 *   e.g. `needs=premises,events`. Repeating the key (`needs=premises&needs=events`) is also read.
 * - `money`: the answer to "is money needed?": `yes`, `no` or `unsure`.
 * Example: `/yhteistyomuodot/?needs=premises,communication&money=no`
 * Writing into the address (other parameters kept, history) is the question kit's
 * (src/question-kit/use-url-answers.ts).
 *
 * Reading never throws and never passes input through: only known ids survive, in the order the
 * needs are asked, without duplicates. Unknown keys are ignored (and kept untouched when writing),
 * and a query over the question kit's length cap is not read (src/question-kit/url-answers.ts).
 */

import { queryParams } from '~/question-kit/url-answers';
import { isMoneyAnswer } from './constants';
import type { Answers } from './engine';

export const NEEDS_KEY = 'needs';
export const MONEY_KEY = 'money';
/** The picker's own parameters; any other parameter in the address is kept. */
export const OWN_KEYS = [NEEDS_KEY, MONEY_KEY] as const;

export function parseQuery(search: string, knownNeeds: readonly string[]): Answers {
	const params = queryParams(search);
	const tokens = new Set<string>();
	for (const value of params.getAll(NEEDS_KEY)) {
		for (const token of value.split(/[\s,;]+/)) tokens.add(token.trim().toLowerCase());
	}
	const needs = knownNeeds.filter((id) => tokens.has(id));
	const rawMoney = (params.get(MONEY_KEY) ?? '').trim().toLowerCase();
	const money = isMoneyAnswer(rawMoney) ? rawMoney : null;
	return { needs, money };
}

/** The query for the answers, without "?": `needs=a,b&money=no`; empty when nothing is answered. */
export function toQuery(answers: Answers, knownNeeds: readonly string[]): string {
	const chosen = new Set(answers.needs);
	const needs = knownNeeds.filter((id) => chosen.has(id));
	const parts: string[] = [];
	// Ids are checked against the data (lowercase letters, digits, hyphens): no escaping needed,
	// and the commas stay readable.
	if (needs.length > 0) parts.push(`${NEEDS_KEY}=${needs.join(',')}`);
	if (isMoneyAnswer(answers.money)) {
		parts.push(`${MONEY_KEY}=${answers.money}`);
	}
	return parts.join('&');
}
