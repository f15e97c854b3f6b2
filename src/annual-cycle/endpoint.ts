/**
 * The body of the calendar endpoints (src/pages/vuosikello.ics.ts, src/pages/sv/arshjul.ics.ts):
 * the annual cycle as an iCalendar file, made at build time. Yearly events start in the build year.
 */

import { county } from '~/config/county';
import type { Lang } from '~/i18n/lang';
import { loadAnnualCycle } from './astro';
import { annualCycleIcs } from './calendar';
import { annualCycleData } from './data';
import { annualCyclePage } from './paths';

export async function calendarResponse(lang: Lang): Promise<Response> {
	const now = new Date();
	const body = annualCycleIcs(await loadAnnualCycle(), {
		lang,
		texts: annualCycleData.texts,
		siteUrl: county.siteUrl,
		pagePath: annualCyclePage[lang],
		countyName: county.name[lang].nominative,
		year: now.getUTCFullYear(),
		stamp: now,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
