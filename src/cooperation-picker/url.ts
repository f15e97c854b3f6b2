/**
 * The picker's answers in the URL query, so a result can be shared, bookmarked, reloaded and changed.
 *
 * Keys (documented for maintainers in docs-maintainers-picker.md):
 * - `needs`: the chosen needs, comma-separated need ids from content/data/cooperation-forms/_needs.json,
 *   e.g. `needs=premises,events`. Repeating the key (`needs=premises&needs=events`) is also read.
 * - `money`: the answer to "is money needed?": `yes`, `no` or `unsure`.
 * Example: `/yhteistyomuodot/?needs=premises,communication&money=no`
 *
 * Reading never throws and never passes input through: only known ids survive, in the order the
 * needs are asked, without duplicates. Unknown keys are ignored (and kept untouched when writing).
 */

import { isMoneyAnswer } from './constants';
import type { Answers } from './engine';

export const NEEDS_KEY = 'needs';
export const MONEY_KEY = 'money';

/** More tokens than this in `needs` are not looked at (there are only a dozen needs). */
const MAX_TOKENS = 64;

export function parseQuery(search: string, knownNeeds: readonly string[]): Answers {
	const params = safeParams(search);
	const tokens = new Set<string>();
	let count = 0;
	for (const value of params.getAll(NEEDS_KEY)) {
		for (const token of value.split(/[\s,;]+/)) {
			if (++count > MAX_TOKENS) break;
			tokens.add(token.trim().toLowerCase());
		}
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

/**
 * The new `location.search` for the answers: our keys replaced, any other parameters kept as they
 * were. Returns "" when there is nothing to keep, otherwise a string starting with "?".
 */
export function mergeQuery(currentSearch: string, answers: Answers, knownNeeds: readonly string[]): string {
	const others = safeParams(currentSearch);
	others.delete(NEEDS_KEY);
	others.delete(MONEY_KEY);
	const query = [others.toString(), toQuery(answers, knownNeeds)].filter(Boolean).join('&');
	return query ? `?${query}` : '';
}

function safeParams(search: string): URLSearchParams {
	try {
		return new URLSearchParams(typeof search === 'string' ? search : '');
	} catch {
		return new URLSearchParams();
	}
}
