/**
 * Timing of an annual cycle event in words, in Finnish or Swedish. The framing words come from
 * content/data/annual-cycle/texts.json; dates and month names are formatted here (Finnish "1.–31.12.",
 * "tammikuun aikana"; Swedish "1–31 december", "under januari").
 */

import { fill } from '~/i18n/fill';
import type { Lang } from '~/i18n/lang';
import type { MonthDay } from './derive';
import type { Timing } from './resolve';
import type { CycleTexts } from './schema';

const locales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI' };

export function monthName(month: number, lang: Lang, width: 'long' | 'short' = 'long'): string {
	return new Intl.DateTimeFormat(locales[lang], { month: width, timeZone: 'UTC' }).format(
		new Date(Date.UTC(2001, month - 1, 1)),
	);
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** "30.6." / "30 juni" */
export function dayText(d: MonthDay, lang: Lang): string {
	return lang === 'fi' ? `${d.day}.${d.month}.` : `${d.day} ${monthName(d.month, 'sv')}`;
}

/** "1.–31.12." / "1.12.–31.1."; "1–31 december" / "1 december–31 januari" */
export function periodText(start: MonthDay, end: MonthDay, lang: Lang): string {
	if (start.month === end.month) {
		return lang === 'fi'
			? `${start.day}.–${end.day}.${end.month}.`
			: `${start.day}–${end.day} ${monthName(end.month, 'sv')}`;
	}
	return `${dayText(start, lang)}–${dayText(end, lang)}`;
}

/** "1.6.2025" (both languages, as the rest of the site writes dates). */
export function isoDateText(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d}.${m}.${y}`;
}

/** "kahdesti vuodessa", "vähintään kerran vuodessa" / "två gånger om året", … */
export function frequencyText(timesPerYear: number, atLeast: boolean, texts: CycleTexts, lang: Lang): string {
	const words = texts.timesPerYear[String(timesPerYear)]?.[lang] ?? String(timesPerYear);
	return atLeast ? fill(texts.atLeast[lang], { times: words }) : words;
}

/** The timing as one short phrase (the table's "when" column, the wheel's description). */
export function timingText(t: Timing, texts: CycleTexts, lang: Lang): string {
	const yearly = texts.yearly[lang];
	switch (t.kind) {
		case 'yearly-period':
			return `${yearly} ${periodText(t.start, t.end, lang)}`;
		case 'yearly-month':
			return lang === 'fi'
				? `${yearly} ${monthName(t.month, 'fi')}n aikana`
				: `${yearly} under ${monthName(t.month, 'sv')}`;
		case 'yearly-deadline':
			return `${yearly} ${fill(texts.deadline[lang], { date: dayText(t.date, lang) })} (${fill(
				texts.afterYearEnd[lang],
				{
					months: t.monthsAfterYearEnd,
				},
			)})`;
		case 'once':
			return isoDateText(t.date);
		case 'unscheduled':
			return `${capitalize(frequencyText(t.timesPerYear, t.atLeast, texts, lang))}. ${texts.noTime[lang]}`;
	}
}
