/**
 * The annual cycle's data, validated (content/data/annual-cycle/*.json), and its events resolved
 * against the grant self-check's data (content/data/grant-check/). Dates from document front
 * matter come through `documentDate` (./astro.ts reads them from the content collection at build
 * time; the unit tests read the MDX files).
 */

import { council } from '~/data/council';
import { currentRulesVersion, grantCheckData } from '~/grant-check/data';
import events from '../../content/data/annual-cycle/events.json';
import texts from '../../content/data/annual-cycle/texts.json';
import { type CycleEvent, type ResolveInputs, resolveEvents } from './resolve';
import { type CycleEventData, type CycleTexts, parseAnnualCycleData } from './schema';

export const annualCycleData: { events: CycleEventData[]; texts: CycleTexts } = parseAnnualCycleData(events, texts);

/** Every event's link to the section of the site that states it, in both languages (checked at build time). */
export const citeHrefs: string[] = annualCycleData.events.flatMap((e) => [e.cite.href.fi, e.cite.href.sv]);

/** The pages whose front matter the events read dates from. */
export const documentEntries: string[] = [
	...new Set(
		annualCycleData.events.flatMap((e) =>
			'derive' in e.when && e.when.derive === 'document-date' ? [e.when.entry] : [],
		),
	),
];

export function annualCycleEvents(documentDate: ResolveInputs['documentDate']): CycleEvent[] {
	return resolveEvents(annualCycleData.events, {
		rulesVersion: currentRulesVersion,
		forms: grantCheckData.forms.forms,
		rules: grantCheckData.rules.rules,
		documentDate,
		councilTerm: council.termOfOffice,
	});
}
