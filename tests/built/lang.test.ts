/**
 * WCAG 3.1.2 (language of parts): on a Swedish page every Finnish name or title that comes from
 * data sits inside an element marked lang="fi", and on a Finnish page every Swedish one inside
 * lang="sv". The strings are the ones the site renders from data: the source documents' titles
 * and publishers (content/data/sources.json), the counties (content/data/tilannekuva/counties.json),
 * the names of bodies in the situation picture (properName items), and the county's identity
 * (src/config/county.ts: its name, bodies, coordinator, supervising authority).
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { county } from '~/config/county';
import { sources } from '~/data/sources';
import { counties, tables } from '~/data/tilannekuva';
import type { Lang } from '~/i18n/lang';
import { builtPages } from './dist';

type Pair = { fi: string; sv: string };

const pairs: Pair[] = [
	...sources.flatMap((s) => [s.title, s.publisher]),
	...counties.map((c) => c.name),
	...Object.values(tables).flatMap((t) =>
		t.rows.flatMap((r) => r.items.filter((i) => i.properName).map((i) => ({ fi: i.fi, sv: i.sv.slice(i.fi.length) }))),
	),
	...Object.values(county.bodies),
	county.coordinator.title,
	county.accessibilitySupervisor.name,
	{ fi: county.name.fi.nominative, sv: county.name.sv.nominative },
	{ fi: county.name.fi.genitive, sv: county.name.sv.genitive },
];

/** Strings of one language from data that the other language's pages must mark. */
function dataStrings(lang: Lang): string[] {
	const other: Lang = lang === 'fi' ? 'sv' : 'fi';
	return [
		...new Set(
			pairs
				.filter((p) => p[lang].trim() !== p[other].trim() && !p[other].includes(p[lang]))
				.map((p) => p[lang].trim())
				.filter((s) => s.length >= 4),
		),
	];
}

/** The text of a page's body outside <script>/<style> and outside elements marked as `lang`. */
function textOutside(body: HTMLElement, lang: Lang): string {
	const clone = body.clone() as HTMLElement;
	for (const el of clone.querySelectorAll('script, style, template')) el.remove();
	for (const el of clone.querySelectorAll(`[lang|="${lang}"]`)) el.remove();
	return clone.textContent.replace(/\s+/g, ' ');
}

const pages = builtPages().filter((p) => p.url.endsWith('/') || p.url.endsWith('.html'));
const langOf = (p: (typeof pages)[number]): Lang | null => {
	const l = p.root.querySelector('html')?.getAttribute('lang') ?? '';
	return l.startsWith('sv') ? 'sv' : l.startsWith('fi') ? 'fi' : null;
};

describe.each([
	['sv', 'fi'],
	['fi', 'sv'],
] as const)('%s pages mark the %s names and titles that come from data', (pageLang, partLang) => {
	const strings = dataStrings(partLang);

	it('has strings to look for', () => {
		expect(strings.length).toBeGreaterThan(partLang === 'fi' ? 20 : 10);
	});

	it.each(pages.filter((p) => langOf(p) === pageLang).map((p) => [p.url, p] as const))('%s', (_url, page) => {
		const body = page.root.querySelector('body');
		if (!body) throw new Error(`${page.url} has no body`);
		const text = textOutside(body, partLang);
		expect(strings.filter((s) => text.includes(s))).toEqual([]);
	});
});
