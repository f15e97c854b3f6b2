/**
 * Month names for search: a page that gives a date as numbers (`1.–31.12.`, `30.6.`, `1.6.2025`)
 * is found by the name of its month (`joulukuu`, `december`), so a person who searches for a month
 * finds what happens in it. Pure: no I/O, no DOM.
 */

import { FI_MONTHS, SV_MONTHS } from '~/annual-cycle/derive';
import type { Lang } from '~/i18n/lang';

/** The words people type for month `m` (1–12): Finnish in the forms "joulukuu", "joulukuun", "joulukuussa". */
export function monthNames(m: number, lang: Lang): string[] {
	if (lang === 'sv') return [SV_MONTHS[m - 1] ?? ''].filter(Boolean);
	const base = FI_MONTHS[m - 1];
	return base ? [`${base}kuu`, `${base}kuun`, `${base}kuussa`] : [];
}

/**
 * The months of the numeric Finnish-style dates in a text (day.month. with or without a year).
 * A number pair that is not a real day and month (`0.13.`, `32.1.`) is not a date.
 */
export function monthsOf(text: string): number[] {
	const months = new Set<number>();
	for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?!\d{1,3}(?:\D|$))/g)) {
		const day = Number(m[1]);
		const month = Number(m[2]);
		if (day >= 1 && day <= 31 && month >= 1 && month <= 12) months.add(month);
	}
	return [...months].sort((a, b) => a - b);
}

/** Month names for every month a text gives a date in. */
export function monthTerms(text: string, lang: Lang): string[] {
	return monthsOf(text).flatMap((m) => monthNames(m, lang));
}
