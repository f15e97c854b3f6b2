/**
 * Forced colours (Windows high contrast) on the pages that draw: the annual wheel, the roadmap
 * timeline and the compare view, in Finnish and Swedish. (a) axe finds nothing in forced-colours
 * mode; (b) every mark that carries meaning has visible text or a legend entry, so nothing rests on
 * colour; (c) every text drawn on a shape keeps 4.5:1 (3:1 large) against that shape, in forced
 * colours and in the normal light and dark themes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { monthName } from '~/annual-cycle/localize';
import type { Lang } from '~/i18n/lang';
import fi from '../../content/i18n/fi.json';
import sv from '../../content/i18n/sv.json';
import { drawnTextContrast, visibleText } from './contrast';
import { axeViolations, baseUrl, chromiumForFile, collectErrors } from './setup/browser';

const ui: Record<Lang, typeof fi> = { fi, sv };
const prefix: Record<Lang, string> = { fi: '', sv: '/sv' };
const views = {
	wheel: { path: '/vuosikello/', drawing: '.annual-wheel' },
	timeline: { path: '/aikajana/', drawing: '.roadmap-timeline' },
	compare: { path: '/tiekartta/vertaa/2023-03/2024-05/', drawing: '.compare-legend, .compare-section' },
} as const;
type View = keyof typeof views;
type Media = Parameters<Page['emulateMedia']>[0];
const modes: Record<string, Media> = {
	'forced colours, dark': { forcedColors: 'active', colorScheme: 'dark' },
	'forced colours, light': { forcedColors: 'active', colorScheme: 'light' },
	light: { forcedColors: 'none', colorScheme: 'light' },
	dark: { forcedColors: 'none', colorScheme: 'dark' },
};
const forcedModes = Object.keys(modes).filter((m) => m.startsWith('forced'));

const browser = chromiumForFile();

async function withView(view: View, lang: Lang, mode: string, run: (page: Page) => Promise<void>) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const errors = collectErrors(page);
	try {
		const media = modes[mode];
		if (!media) throw new Error(`unknown mode ${mode}`);
		await page.emulateMedia(media);
		await page.goto(`${baseUrl()}${prefix[lang]}${views[view].path}`, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(mode.startsWith('forced'));
		await run(page);
		expect(errors).toEqual([]);
	} finally {
		await page.close();
	}
}

const cases = (['fi', 'sv'] as const).flatMap((lang) =>
	(Object.keys(views) as View[]).map((view) => ({ lang, view, path: prefix[lang] + views[view].path })),
);

describe('(a) axe in forced-colours mode', () => {
	it.each(cases.flatMap((c) => forcedModes.map((mode) => ({ ...c, mode }))))(
		'$path, $mode: no violations',
		async ({ lang, view, mode }) => {
			await withView(view, lang, mode, async (page) => {
				expect(await axeViolations(page)).toEqual([]);
			});
		},
	);
});

describe('(c) text drawn on a shape keeps its contrast', () => {
	it.each(cases.flatMap((c) => Object.keys(modes).map((mode) => ({ ...c, mode }))))(
		'$path, $mode',
		async ({ lang, view, mode }) => {
			await withView(view, lang, mode, async (page) => {
				const texts = await drawnTextContrast(page, views[view].drawing);
				// Every kind of drawn text is measured (the wheel: months, numbers, centre; the timeline:
				// years, goals, rows, counts; the compare view: additions and removals).
				expect(texts.length).toBeGreaterThan(view === 'compare' ? 20 : 12);
				expect(texts.filter((x) => x.ratio < x.needed)).toEqual([]);
			});
		},
	);
});

describe.each(['fi', 'sv'] as const)('(b) no meaning by colour alone, forced colours (%s)', (lang) => {
	const mode = 'forced colours, dark';

	it('annual wheel: every month has its name and every event its number, listed in the table; every kind of mark has a legend entry', async () => {
		await withView('wheel', lang, mode, async (page) => {
			const wheel = page.locator('.annual-wheel > svg');
			expect(await visibleText(wheel.locator('.month-label'))).toEqual(
				Array.from({ length: 12 }, (_, i) => monthName(i + 1, lang, 'short')),
			);
			const numbers = await visibleText(wheel.locator('.mark .badge-number'));
			const inTable = await page.locator('td.number').allTextContents();
			expect(numbers.length).toBe(await wheel.locator('.mark').count());
			expect(numbers.toSorted()).toEqual(inTable.map((n) => n.trim()).toSorted());
			const kinds = await wheel
				.locator('.mark')
				.evaluateAll((gs) => [
					...new Set(gs.flatMap((g) => [...g.classList].filter((c) => ['date', 'period', 'unscheduled'].includes(c)))),
				]);
			expect(kinds.toSorted()).toEqual(['date', 'period', 'unscheduled']);
			const legendShape = { period: '.arc', date: '.badge-date', unscheduled: '.unscheduled-ring' };
			for (const shape of Object.values(legendShape)) {
				const entry = page.locator('.annual-wheel .legend li').filter({ has: page.locator(`svg ${shape}`) });
				expect(await visibleText(entry)).toEqual([expect.stringMatching(/\p{L}{3}/u)]);
			}
		});
	});

	it('timeline: every bar shows its numbers, every status mark has its count beside it and a legend entry', async () => {
		await withView('timeline', lang, mode, async (page) => {
			const chart = page.locator('.roadmap-timeline .scroll svg');
			const bars = await chart.evaluate((svg) => {
				const counts = [...svg.querySelectorAll('.count')].map((c) => c.getBoundingClientRect());
				return [...svg.querySelectorAll('.bar')].map((bar) => {
					const b = bar.getBoundingClientRect();
					return counts.filter((c) => c.left > b.left && c.right < b.right && c.top > b.top && c.bottom < b.bottom)
						.length;
				});
			});
			expect(bars.length).toBeGreaterThan(10);
			expect(bars.filter((n) => n === 0)).toEqual([]);
			expect((await visibleText(chart.locator('.count'))).every((n) => /^\d+$/.test(n))).toBe(true);
			// A mark is known by its shape: the same drawing as one in the legend.
			const { marks, legend } = await page.locator('.roadmap-timeline').evaluate((figure) => {
				const shape = (g: Element) =>
					[...g.children].map((c) => `${c.tagName}${c.getAttribute('d') ?? c.getAttribute('r')}`).join();
				return {
					marks: [...figure.querySelectorAll('.scroll .tl-icon')].map((g) => ({
						shape: shape(g),
						count: g.nextElementSibling?.textContent?.trim() ?? '',
					})),
					legend: [...figure.querySelectorAll<HTMLElement>('.legend li')].map((li) => ({
						shape: li.querySelector('svg .bar') ? 'bar' : shape(li.querySelector('.tl-icon') ?? li),
						text: li.textContent?.trim() ?? '',
					})),
				};
			});
			expect(marks.length).toBeGreaterThan(5);
			expect(marks.filter((m) => !/^\d+$/.test(m.count))).toEqual([]);
			expect(legend.filter((l) => l.text.length < 5)).toEqual([]);
			const inLegend = new Set(legend.map((l) => l.shape));
			expect([...new Set(marks.map((m) => m.shape))].filter((s) => !inLegend.has(s))).toEqual([]);
			expect(inLegend.has('bar')).toBe(true);
			expect(await visibleText(page.locator('.roadmap-timeline .legend li'))).toHaveLength(legend.length);
		});
	});

	it('compare view: every change says its kind in visible text; additions are underlined, removals struck through', async () => {
		await withView('compare', lang, mode, async (page) => {
			const items = page.locator('.compare-changes > li[data-change]');
			const kinds = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-change') ?? ''));
			expect(kinds.length).toBeGreaterThan(20);
			const tags = await visibleText(items.locator(':scope > .compare-tag'));
			expect(tags).toEqual(
				kinds.map((k) => `${ui[lang][`compare.${k}` as 'compare.added']}${k === 'changed' ? ':' : ''}`),
			);
			const sections = page.locator('section.compare-section');
			expect(await visibleText(sections.locator('.compare-kind strong'))).toHaveLength(await sections.count());
			const decoration = (selector: string) =>
				page
					.locator(selector)
					.evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).textDecorationLine))]);
			expect(await decoration('main ins')).toEqual(['underline']);
			expect(await decoration('main del')).toEqual(['line-through']);
			expect(await visibleText(page.locator('.compare-legend .compare-sample > *'))).toEqual([
				ui[lang]['compare.added'],
				ui[lang]['compare.removed'],
			]);
		});
	});
});
