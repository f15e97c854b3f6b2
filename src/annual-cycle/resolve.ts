/**
 * Turns the annual cycle's events (content/data/annual-cycle/events.json) into events with a
 * timing, reading each date from the one place it lives: the grant self-check's data and the
 * front matter of the documents. Pure: the caller passes the data in (the Astro components and the
 * calendar endpoints at build time, the unit tests from the files). A fact that cannot be read, or
 * that the Finnish and the Swedish text state differently, throws an error naming the file and
 * field, which fails the build.
 */
import type { Bilingual, Lang } from '~/i18n/lang';
import {
	type DayPeriod,
	deadlineAfterYearEnd,
	type MonthDay,
	monthFromText,
	monthsAfterYearEndFromText,
	periodFromText,
} from './derive';
import type { CycleEventData, When } from './schema';

export type Timing =
	/** Every year from `start` to `end` (inclusive). */
	| ({ kind: 'yearly-period' } & DayPeriod)
	/** Every year during one month. */
	| { kind: 'yearly-month'; month: number }
	/** Every year at the latest on `date`, which is `monthsAfterYearEnd` months after the end of the year. */
	| { kind: 'yearly-deadline'; date: MonthDay; monthsAfterYearEnd: number }
	/** Once, on an ISO date (YYYY-MM-DD). */
	| { kind: 'once'; date: string }
	/** A number of times a year; the sources give no time of year. */
	| { kind: 'unscheduled'; timesPerYear: number; atLeast: boolean };

export interface CycleEvent extends Omit<CycleEventData, 'when'> {
	/** 1, 2, …: the event's number in the wheel and the table (order of the year). */
	number: number;
	timing: Timing;
}

export type DocumentDateField = 'approvedOn' | 'inForceFrom' | 'inForceUntil';

export interface ResolveInputs {
	/** The current rules of the grant self-check: the version folder under content/data/grant-check/ (for messages). */
	rulesVersion?: string;
	/** Grant forms of content/data/grant-check/<version>/forms.json. */
	forms: readonly { id: string; info?: Bilingual | undefined }[];
	/** Rules of content/data/grant-check/<version>/rules.json. */
	rules: readonly { id: string; reason: Bilingual }[];
	/** A date field of a page's `document` front matter (content/docs/<entry>.mdx), if set. */
	documentDate: (entry: string, field: DocumentDateField) => string | undefined;
	/** The council's term of office (content/data/council.json): a fact about the council, not a page's validity. */
	councilTerm: { from: string; until: string };
}

function fail(event: string, message: string): never {
	throw new Error(`Annual cycle event "${event}": ${message}`);
}

/** Read the same fact from the Finnish and the Swedish text; both must state it, and agree. */
function fromBoth<T>(
	event: string,
	where: string,
	texts: Bilingual,
	read: (text: string, lang: Lang) => T | null,
	example: string,
): T {
	const fi = read(texts.fi, 'fi');
	const sv = read(texts.sv, 'sv');
	if (fi === null) fail(event, `${where}.fi states no ${example} (or more than one)`);
	if (sv === null) fail(event, `${where}.sv states no ${example} (or more than one)`);
	if (JSON.stringify(fi) !== JSON.stringify(sv)) {
		fail(event, `${where}: the Finnish and Swedish texts disagree (${JSON.stringify(fi)} / ${JSON.stringify(sv)})`);
	}
	return fi;
}

/** A file of the current grant rules, as messages name it. */
const grantFile = (inputs: ResolveInputs, name: 'forms' | 'rules') =>
	`content/data/grant-check/${inputs.rulesVersion ?? '<version>'}/${name}.json`;

function formInfo(event: string, inputs: ResolveInputs, formId: string): Bilingual {
	const form = inputs.forms.find((f) => f.id === formId);
	if (!form) fail(event, `${grantFile(inputs, 'forms')} has no grant form "${formId}"`);
	if (!form.info) fail(event, `${grantFile(inputs, 'forms')} form "${formId}" has no "info" text`);
	return form.info;
}

export function timingOf(event: string, when: When, inputs: ResolveInputs): Timing {
	if ('timesPerYear' in when) {
		return { kind: 'unscheduled', timesPerYear: when.timesPerYear, atLeast: when.atLeast ?? false };
	}
	switch (when.derive) {
		case 'grant-application-period':
		case 'grant-decision-month': {
			// Both read the grant form's `info` text.
			const where = `${grantFile(inputs, 'forms')} form "${when.form}" info`;
			const info = formInfo(event, inputs, when.form);
			return when.derive === 'grant-application-period'
				? { kind: 'yearly-period', ...fromBoth(event, where, info, periodFromText, 'period such as "1.–31.12."') }
				: {
						kind: 'yearly-month',
						month: fromBoth(event, where, info, monthFromText, 'month such as "tammikuun aikana"'),
					};
		}
		case 'grant-report-deadline': {
			const rule = inputs.rules.find((r) => r.id === when.rule);
			if (!rule) fail(event, `${grantFile(inputs, 'rules')} has no rule "${when.rule}"`);
			const where = `${grantFile(inputs, 'rules')} rule "${when.rule}" reason`;
			const months = fromBoth(
				event,
				where,
				rule.reason,
				monthsAfterYearEndFromText,
				'deadline such as "kuusi kuukautta avustusvuoden päättymisen jälkeen"',
			);
			return { kind: 'yearly-deadline', date: deadlineAfterYearEnd(months), monthsAfterYearEnd: months };
		}
		case 'council-term': {
			const date = inputs.councilTerm[when.field];
			if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
				fail(
					event,
					`content/data/council.json termOfOffice.${when.field} must be a full date (YYYY-MM-DD), not "${date}"`,
				);
			}
			return { kind: 'once', date };
		}
		case 'document-date': {
			const date = inputs.documentDate(when.entry, when.field);
			const where = `content/docs/${when.entry}.mdx front matter document.${when.field}`;
			if (!date) fail(event, `${where} is not set`);
			if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(event, `${where} must be a full date (YYYY-MM-DD), not "${date}"`);
			return { kind: 'once', date };
		}
	}
}

/** Month and day where the event first falls in a year (for ordering), or null when unscheduled. */
export function firstDay(t: Timing): MonthDay | null {
	switch (t.kind) {
		case 'yearly-period':
			return t.start;
		case 'yearly-month':
			return { month: t.month, day: 1 };
		case 'yearly-deadline':
			return t.date;
		case 'once': {
			const [, m, d] = t.date.split('-').map(Number);
			return { month: m ?? 1, day: d ?? 1 };
		}
		case 'unscheduled':
			return null;
	}
}

/** The events with their timing, in the order of the year (unscheduled ones last), numbered from 1. */
export function resolveEvents(events: readonly CycleEventData[], inputs: ResolveInputs): CycleEvent[] {
	const withTiming = events.map((e, index) => {
		const { when, ...rest } = e;
		return { event: { ...rest, timing: timingOf(e.id, when, inputs) }, index };
	});
	const key = (t: Timing) => {
		const d = firstDay(t);
		return d ? d.month * 100 + d.day : Number.POSITIVE_INFINITY;
	};
	withTiming.sort((a, b) => key(a.event.timing) - key(b.event.timing) || a.index - b.index);
	return withTiming.map(({ event }, i) => ({ ...event, number: i + 1 }));
}

/** Whether the event has dates and so goes into the calendar file. */
/** The months (1–12) in which a timing falls; none when the sources give no time of year. */
export function monthsOfTiming(t: Timing): number[] {
	switch (t.kind) {
		case 'yearly-period': {
			const months: number[] = [];
			for (let m = t.start.month; ; m = (m % 12) + 1) {
				months.push(m);
				if (m === t.end.month) return months;
			}
		}
		case 'yearly-month':
			return [t.month];
		case 'yearly-deadline':
			return [t.date.month];
		case 'once':
			return [Number(t.date.slice(5, 7))];
		case 'unscheduled':
			return [];
	}
}

export function isScheduled(t: Timing): t is Exclude<Timing, { kind: 'unscheduled' }> {
	return t.kind !== 'unscheduled';
}
