/**
 * The application round a result's next steps name: the round open today or the next one, when
 * its decisions are made and when a grant of that round must be reported on at the latest.
 * Pure: "today" is a parameter (the island passes the browser's date; tests fix it).
 *
 * The yearly facts come in already read from where they live (the period and the decision month
 * from the grant form's `info`, the reporting deadline from the reporting rule's reason), read at
 * build time by the annual cycle's readers (src/annual-cycle/derive.ts), never copied.
 *
 * The site's reading (interpretation register, 001-avustusvuosi): a grant decided in a round's
 * decision month is for that calendar year, so its report is due `reportMonthsAfterYearEnd`
 * months after the end of that year.
 */

import type { Lang } from '~/i18n/lang';

export interface MonthDay {
	/** 1–12 */
	readonly month: number;
	/** 1–31 */
	readonly day: number;
}

/** What the result needs to know about a grant form's yearly round (props of the island). */
export interface RoundFacts {
	/** The application period, every year (end inclusive; may run into the next year). */
	readonly start: MonthDay;
	readonly end: MonthDay;
	/** The month the decisions are made in (the first such month after the period). */
	readonly decisionMonth: number;
	/** The report is due at the end of this month after the end of the grant year. */
	readonly reportMonthsAfterYearEnd: number;
}

export interface Day {
	readonly year: number;
	readonly month: number;
	readonly day: number;
}

export interface Round {
	/** True when today falls in the period. */
	readonly open: boolean;
	readonly start: Day;
	readonly end: Day;
	readonly decision: { readonly year: number; readonly month: number };
	/** The last day for the report on a grant of this round. */
	readonly reportBy: Day;
}

const key = (d: Day) => d.year * 10_000 + d.month * 100 + d.day;

/** The last day of a month (leap years counted). */
export function lastDay(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The round whose period starts in `year`. */
function roundOf(facts: RoundFacts, year: number, today: Day): Round {
	const endYear = facts.end.month * 100 + facts.end.day < facts.start.month * 100 + facts.start.day ? year + 1 : year;
	const start = { year, ...facts.start };
	const end = {
		year: endYear,
		month: facts.end.month,
		day: Math.min(facts.end.day, lastDay(endYear, facts.end.month)),
	};
	const decisionYear = facts.decisionMonth > end.month ? end.year : end.year + 1;
	const reportYear = decisionYear + 1 + Math.floor((facts.reportMonthsAfterYearEnd - 1) / 12);
	const reportMonth = ((facts.reportMonthsAfterYearEnd - 1) % 12) + 1;
	return {
		open: key(start) <= key(today) && key(today) <= key(end),
		start,
		end,
		decision: { year: decisionYear, month: facts.decisionMonth },
		reportBy: { year: reportYear, month: reportMonth, day: lastDay(reportYear, reportMonth) },
	};
}

/** The round open on `today`, or else the next one to open. */
export function currentOrNextRound(facts: RoundFacts, today: Day): Round {
	for (const year of [today.year - 1, today.year, today.year + 1]) {
		const r = roundOf(facts, year, today);
		if (key(today) <= key(r.end)) return r;
	}
	return roundOf(facts, today.year + 1, today);
}

/** Today's date in the browser's time zone (the island); tests pass their own. */
export function localDay(date: Date): Day {
	return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

const monthName = (lang: Lang, month: number) =>
	new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, month - 1, 1));

/** "1.–31.12.2026" / "1–31 december 2026" (and "1.12.2026–31.1.2027" / "1 december 2026–31 januari 2027"). */
export function formatPeriod(lang: Lang, start: Day, end: Day): string {
	if (lang === 'fi') {
		if (start.year === end.year && start.month === end.month)
			return `${start.day}.–${end.day}.${end.month}.${end.year}`;
		return `${formatDay('fi', start)}–${formatDay('fi', end)}`;
	}
	if (start.year === end.year && start.month === end.month)
		return `${start.day}–${end.day} ${monthName('sv', end.month)} ${end.year}`;
	return `${formatDay('sv', start)}–${formatDay('sv', end)}`;
}

/** "30.6.2028" / "30 juni 2028". */
export function formatDay(lang: Lang, d: Day): string {
	return lang === 'fi' ? `${d.day}.${d.month}.${d.year}` : `${d.day} ${monthName('sv', d.month)} ${d.year}`;
}

/** "tammikuussa 2027" / "januari 2027" (to follow "i"). */
export function formatMonth(lang: Lang, m: { year: number; month: number }): string {
	return lang === 'fi' ? `${monthName('fi', m.month)}ssa ${m.year}` : `${monthName('sv', m.month)} ${m.year}`;
}
