/**
 * The annual cycle as an iCalendar file in one language: every event with dates becomes an
 * all-day event (yearly ones repeat with RRULE:FREQ=YEARLY, starting in `year`); events the
 * sources give no time for are left out (the page says so). Pure: the caller passes the year and
 * the timestamp (the endpoints use the build time).
 */
import type { Lang } from '~/i18n/lang';
import { buildIcs, type IcsEvent } from './ics';
import { type CycleEvent, isScheduled, type Timing } from './resolve';
import type { CycleTexts } from './schema';

export interface CalendarOptions {
	lang: Lang;
	texts: CycleTexts;
	/** The site's public URL without a trailing slash, e.g. "https://jarjestot.example". */
	siteUrl: string;
	/** The page of the annual cycle in this language, e.g. "/vuosikello/". */
	pagePath: string;
	/** The county's name, added to the calendar's name. */
	countyName: string;
	/** Year of the first occurrence of yearly events. */
	year: number;
	/** DTSTAMP. */
	stamp: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** An ISO date plus some days. */
export function addDays(date: string, days: number): string {
	const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
	const t = new Date(Date.UTC(y, m - 1, d + days));
	return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** First day and the day after the last, for the occurrence that starts in `year`. */
export function datesOf(t: Exclude<Timing, { kind: 'unscheduled' }>, year: number): { start: string; end: string } {
	switch (t.kind) {
		case 'yearly-period': {
			const start = iso(year, t.start.month, t.start.day);
			const wraps = t.end.month * 100 + t.end.day < t.start.month * 100 + t.start.day;
			return { start, end: addDays(iso(wraps ? year + 1 : year, t.end.month, t.end.day), 1) };
		}
		case 'yearly-month':
			return {
				start: iso(year, t.month, 1),
				end: t.month === 12 ? iso(year + 1, 1, 1) : iso(year, t.month + 1, 1),
			};
		case 'yearly-deadline': {
			const start = iso(year, t.date.month, t.date.day);
			return { start, end: addDays(start, 1) };
		}
		case 'once':
			return { start: t.date, end: addDays(t.date, 1) };
	}
}

export function calendarEvents(events: readonly CycleEvent[], o: CalendarOptions): IcsEvent[] {
	const host = new URL(o.siteUrl).host;
	return events.flatMap((e) => {
		const t = e.timing;
		if (!isScheduled(t)) return [];
		const url = `${o.siteUrl}${e.cite.href[o.lang]}`;
		const source = `${o.texts.calendarSourceLabel[o.lang]}: ${e.cite.label[o.lang]}, ${url}`;
		return [
			{
				uid: `${e.id}.${o.lang}@${host}`,
				summary: e.title[o.lang],
				description: `${e.description[o.lang]}\n\n${source}`,
				url,
				...datesOf(t, o.year),
				yearly: t.kind !== 'once',
			},
		];
	});
}

export function annualCycleIcs(events: readonly CycleEvent[], o: CalendarOptions): string {
	const host = new URL(o.siteUrl).host;
	return buildIcs({
		prodId: `-//${host}//annual-cycle//${o.lang.toUpperCase()}`,
		lang: o.lang,
		name: `${o.texts.calendarName[o.lang]} – ${o.countyName}`,
		description: o.texts.calendarDescription[o.lang],
		url: `${o.siteUrl}${o.pagePath}`,
		stamp: o.stamp,
		events: calendarEvents(events, o),
	});
}
