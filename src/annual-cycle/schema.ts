/**
 * Schema of the annual cycle's data (content/data/annual-cycle/events.json and texts.json).
 * An event's timing is never written here as a date: it is either derived from the data or the
 * document where the fact lives (see ./resolve.ts) or, where the sources give only a frequency,
 * stated as a number of times per year.
 */
import { z } from 'astro/zod';
import { checkData, DataError, dataFile } from '~/data/load';
import { bilingual, bilingualHref, wordingSchema } from '~/i18n/bilingual';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters and digits separated by hyphens');

/** Where the timing of an event comes from. */
export const whenSchema = z.union([
	/** The application period stated in a grant form's `info` (content/data/grant-check/<version>/forms.json). */
	z.object({ derive: z.literal('grant-application-period'), form: id }).strict(),
	/** The month of the decisions stated in a grant form's `info` (forms.json). */
	z.object({ derive: z.literal('grant-decision-month'), form: id }).strict(),
	/** The reporting deadline (months after the year's end) stated in a rule's `reason` (rules.json). */
	z.object({ derive: z.literal('grant-report-deadline'), rule: id }).strict(),
	/** A date in a page's `document` front matter (content/docs/<entry>.mdx). */
	z
		.object({
			derive: z.literal('document-date'),
			entry: z.string().regex(/^[a-z0-9/-]+$/),
			field: z.enum(['approvedOn', 'inForceFrom', 'inForceUntil']),
		})
		.strict(),
	/** The start or end of the council's term of office (content/data/council.json). */
	z.object({ derive: z.literal('council-term'), field: z.enum(['from', 'until']) }).strict(),
	/** A frequency the sources give without a time of year. */
	z.object({ timesPerYear: z.number().int().min(1).max(12), atLeast: z.boolean().optional() }).strict(),
]);
export type When = z.infer<typeof whenSchema>;

export const eventSchema = z
	.object({
		id,
		title: bilingual,
		/** What happens; must not restate the date or the frequency (they come from `when`). */
		description: bilingual,
		when: whenSchema,
		/** Ids in content/data/sources.json. */
		sources: z.array(z.string().regex(/^\d{3}$/)).min(1),
		/** The section of the site that states the fact. */
		cite: z.object({ href: bilingualHref, label: bilingual }).strict(),
	})
	.strict();
export type CycleEventData = z.infer<typeof eventSchema>;

export const eventsFileSchema = z
	.object({ $comment: z.string().optional(), events: z.array(eventSchema).min(1) })
	.strict()
	.superRefine((f, ctx) => {
		const seen = new Set<string>();
		f.events.forEach((e, i) => {
			if (seen.has(e.id))
				ctx.addIssue({ code: 'custom', path: ['events', i, 'id'], message: `duplicate id "${e.id}"` });
			seen.add(e.id);
		});
	});

/** The wording file (texts.json): flat (src/i18n/bilingual.ts), plus the group `timesPerYear`. */
export const textsSchema = wordingSchema(
	[
		'wheelTitle',
		'wheelSummary',
		'wheelCentre',
		'legendTitle',
		'legendPeriod',
		'legendDate',
		'legendUnscheduled',
		'tableCaption',
		'colNumber',
		'colEvent',
		'colWhen',
		'colDescription',
		'colCalendar',
		'colSource',
		'yearly',
		'once',
		'deadline', // {date}
		'afterYearEnd', // {months}
		'atLeast', // {times}
		'noTime',
		'inCalendarYes',
		'inCalendarNo',
		'calendarName',
		'calendarDescription',
		'calendarSourceLabel',
		'calendarLink',
		'subscribeLabel',
	] as const,
	{
		/** Frequency words by the number of times per year, e.g. "2": "kahdesti vuodessa". */
		timesPerYear: z.record(z.string().regex(/^\d+$/), bilingual),
	},
);
export type CycleTexts = z.infer<typeof textsSchema>;

/** Parse both files; throws a readable error naming the file and field. */
export function parseAnnualCycleData(events: unknown, texts: unknown): { events: CycleEventData[]; texts: CycleTexts } {
	const e = checkData('annual-cycle/events.json', eventsFileSchema, events);
	const t = checkData('annual-cycle/texts.json', textsSchema, texts);
	if (e.problems || t.problems) {
		throw new DataError('annual cycle data (content/data/annual-cycle/)', [
			...(e.problems ?? []),
			...(t.problems ?? []),
		]);
	}
	const counts = new Set(
		e.data.events.flatMap((ev) => ('timesPerYear' in ev.when ? [String(ev.when.timesPerYear)] : [])),
	);
	for (const c of counts) {
		if (!t.data.timesPerYear[c]) {
			throw new DataError('annual cycle data (content/data/annual-cycle/)', [
				`${dataFile('annual-cycle/texts.json')}: timesPerYear: has no wording for "${c}"`,
			]);
		}
	}
	return { events: e.data.events, texts: t.data };
}
