/**
 * Reading dates out of the texts where the facts already live (the grant self-check's data), so
 * that the annual cycle never keeps a second copy of them. Pure functions, no I/O.
 *
 * Each reader finds exactly one statement or returns null; ./resolve.ts reads the Finnish and the
 * Swedish text, and fails the build if a statement is missing or the two languages disagree.
 */
import type { Lang } from '~/i18n/lang';

export interface MonthDay {
	/** 1–12 */
	month: number;
	/** 1–31 */
	day: number;
}

export interface DayPeriod {
	start: MonthDay;
	/** Inclusive. */
	end: MonthDay;
}

/** Finnish month stems (tammi-kuu …) and Swedish month names, January first. */
export const FI_MONTHS = [
	'tammi',
	'helmi',
	'maalis',
	'huhti',
	'touko',
	'kesä',
	'heinä',
	'elo',
	'syys',
	'loka',
	'marras',
	'joulu',
];
export const SV_MONTHS = [
	'januari',
	'februari',
	'mars',
	'april',
	'maj',
	'juni',
	'juli',
	'augusti',
	'september',
	'oktober',
	'november',
	'december',
];

/** Days in a month of a common (non-leap) year: the cycle is the same every year. */
export function daysInMonth(month: number): number {
	return new Date(Date.UTC(2001, month, 0)).getUTCDate();
}

export function isValidMonthDay(md: MonthDay): boolean {
	return (
		Number.isInteger(md.month) && md.month >= 1 && md.month <= 12 && md.day >= 1 && md.day <= daysInMonth(md.month)
	);
}

function monthOf(name: string, lang: Lang): number {
	const list = lang === 'fi' ? FI_MONTHS : SV_MONTHS;
	return list.indexOf(name.toLowerCase()) + 1;
}

const SV_ALT = SV_MONTHS.join('|');
const FI_ALT = FI_MONTHS.join('|');
const DASH = '\\s*[–—-]\\s*';

function unique<T>(found: T[]): T | null {
	const keys = new Set(found.map((f) => JSON.stringify(f)));
	return keys.size === 1 ? (found[0] ?? null) : null;
}

function valid(p: DayPeriod): DayPeriod | null {
	return isValidMonthDay(p.start) && isValidMonthDay(p.end) ? p : null;
}

/**
 * A recurring period of days written without a year: Finnish "1.–31.12." or "1.12.–31.1.",
 * Swedish "1–31 december" or "1 december–31 januari". Null when the text states none, or
 * more than one different period.
 */
export function periodFromText(text: string, lang: Lang): DayPeriod | null {
	const found: DayPeriod[] = [];
	if (lang === 'fi') {
		let rest = text;
		// Two months first ("1.12.–31.1."), so its tail is not read as a one-month period.
		for (const m of text.matchAll(
			new RegExp(`(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.${DASH}(\\d{1,2})\\.(\\d{1,2})\\.`, 'g'),
		)) {
			found.push({
				start: { day: Number(m[1]), month: Number(m[2]) },
				end: { day: Number(m[3]), month: Number(m[4]) },
			});
			rest = rest.replace(m[0], ' ');
		}
		for (const m of rest.matchAll(new RegExp(`(?<![\\d.])(\\d{1,2})\\.${DASH}(\\d{1,2})\\.(\\d{1,2})\\.`, 'g'))) {
			const month = Number(m[3]);
			found.push({ start: { day: Number(m[1]), month }, end: { day: Number(m[2]), month } });
		}
	} else {
		let rest = text;
		for (const m of text.matchAll(
			new RegExp(`(?<!\\d)(\\d{1,2}) (${SV_ALT})${DASH}(\\d{1,2}) (${SV_ALT})(?![\\p{L}])`, 'giu'),
		)) {
			found.push({
				start: { day: Number(m[1]), month: monthOf(m[2] ?? '', 'sv') },
				end: { day: Number(m[3]), month: monthOf(m[4] ?? '', 'sv') },
			});
			rest = rest.replace(m[0], ' ');
		}
		for (const m of rest.matchAll(new RegExp(`(?<!\\d)(\\d{1,2})${DASH}(\\d{1,2}) (${SV_ALT})(?![\\p{L}])`, 'giu'))) {
			const month = monthOf(m[3] ?? '', 'sv');
			found.push({ start: { day: Number(m[1]), month }, end: { day: Number(m[2]), month } });
		}
	}
	const one = unique(found);
	return one ? valid(one) : null;
}

/** "tammikuun aikana" / "under januari": the month something happens in. Null if none or ambiguous. */
export function monthFromText(text: string, lang: Lang): number | null {
	const re =
		lang === 'fi'
			? new RegExp(`(?<![\\p{L}])(${FI_ALT})kuun aikana`, 'giu')
			: new RegExp(`(?<![\\p{L}])under (${SV_ALT})(?![\\p{L}])`, 'giu');
	return unique([...text.matchAll(re)].map((m) => monthOf(m[1] ?? '', lang))) || null;
}

const FI_NUMBERS = [
	'yksi',
	'kaksi',
	'kolme',
	'neljä',
	'viisi',
	'kuusi',
	'seitsemän',
	'kahdeksan',
	'yhdeksän',
	'kymmenen',
	'yksitoista',
	'kaksitoista',
];
const SV_NUMBERS = ['en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

function numberOf(word: string, lang: Lang): number {
	if (/^\d+$/.test(word)) return Number(word);
	const list = lang === 'fi' ? FI_NUMBERS : SV_NUMBERS;
	const w = word.toLowerCase();
	return list.indexOf(w === 'ett' ? 'en' : w) + 1;
}

/**
 * "kuusi kuukautta avustusvuoden päättymisen jälkeen" / "sex månader efter utgången av det år":
 * a deadline as a number of months after the end of the year (1–12). Null if none or ambiguous.
 */
export function monthsAfterYearEndFromText(text: string, lang: Lang): number | null {
	const re =
		lang === 'fi'
			? /(?<![\p{L}\d])(\p{L}+|\d+) kuukautta (?:[\p{L}-]+ ){0,3}?[\p{L}-]*vuoden päättymisen jälkeen/giu
			: /(?<![\p{L}\d])(\p{L}+|\d+) månader efter utgången av/giu;
	const n = unique([...text.matchAll(re)].map((m) => numberOf(m[1] ?? '', lang)));
	return n !== null && n >= 1 && n <= 12 ? n : null;
}

/** The last day of the month that ends `months` months after the end of a year. */
export function deadlineAfterYearEnd(months: number): MonthDay {
	return { month: months, day: daysInMonth(months) };
}
