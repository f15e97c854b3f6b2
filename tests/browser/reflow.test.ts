/**
 * Reflow (WCAG 1.4.10): at 320 CSS px no built page scrolls sideways or clips text. Wide tables
 * may scroll inside their own region; such a region is labelled, focusable and a named
 * `role=region`.
 * Text spacing (WCAG 1.4.12) is checked on the page types with the widest content. 200 % zoom
 * (WCAG 1.4.4) of a 1280 px desktop is a 640 CSS px viewport at device pixel ratio 2: every page
 * type, in both languages, neither scrolls sideways nor clips text there.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../built/dist';
import { baseUrl, chromiumForFile } from './setup/browser';

const pages = builtPages()
	.map((p) => p.url)
	.filter((u) => u.endsWith('/') || u === '/404.html');
const browser = chromiumForFile();
let page: Page;
let zoomed: Page;

beforeAll(async () => {
	page = await browser.newPage({ viewport: { width: 320, height: 640 } });
	zoomed = await browser.newPage({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
});

/** Sideways overflow of the page and the elements that stick out past the viewport. */
async function overflow(on = page): Promise<{ scroll: number; width: number; culprits: string[] }> {
	return on.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const culprits: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('body *')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.right <= width + 1) continue;
			// Inside a scrolling region (or an element that hides its overflow) is fine.
			let clipped = false;
			for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
				const ox = getComputedStyle(a).overflowX;
				if (ox !== 'visible' && ox !== 'clip' && a.getBoundingClientRect().right <= width + 1) {
					clipped = true;
					break;
				}
			}
			if (!clipped) culprits.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(r.right)}px)`);
		}
		return { scroll: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 5) };
	});
}

/** Scrolling regions that are not labelled, focusable regions. */
function unlabelledScrollers(on = page): Promise<string[]> {
	return on.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('main *')]
			.filter((el) => {
				const ox = getComputedStyle(el).overflowX;
				return (ox === 'auto' || ox === 'scroll') && el.scrollWidth > el.clientWidth + 1;
			})
			.filter(
				(el) =>
					el.getAttribute('role') !== 'region' ||
					el.tabIndex !== 0 ||
					!(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')),
			)
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
	);
}

describe('reflow at 320 CSS px', () => {
	it('covers every built page', () => {
		expect(pages.length).toBeGreaterThan(50);
	});

	it.each(pages)('%s does not scroll sideways or clip text', async (url) => {
		await page.goto(baseUrl() + url);
		const o = await overflow();
		expect({ url, ...o, culprits: o.scroll > o.width ? o.culprits : [] }).toEqual({
			url,
			scroll: o.width,
			width: o.width,
			culprits: [],
		});
		expect(await unlabelledScrollers()).toEqual([]);
		expect(await clippedText(page)).toEqual([]);
	});
});

/**
 * Elements that cut off text: they hide their overflow (hidden or clip) and hold text wider or
 * taller than their box. Visually hidden text (a 1 px box) is meant to be cut.
 */
function clippedText(on: Page): Promise<string[]> {
	return on.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('body *')]
			.filter((el) => {
				const s = getComputedStyle(el);
				const cuts = (o: string) => o === 'hidden' || o === 'clip';
				const r = el.getBoundingClientRect();
				// biome-ignore lint/performance/useDomNodeTextContent: only text that is rendered counts
				if (r.width <= 1 || r.height <= 1 || !el.innerText?.trim()) return false;
				return (
					(cuts(s.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
					(cuts(s.overflowY) && el.scrollHeight > el.clientHeight + 1)
				);
			})
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`),
	);
}

describe('text spacing (WCAG 1.4.12) at 320 CSS px', () => {
	const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
		word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;
	it.each(['/tiekartta/', '/sv/aikajana/', '/tietoa/', '/sv/tilannekuva/', '/vuosikello/'])(
		'%s does not scroll sideways or lose text',
		async (url) => {
			await page.goto(baseUrl() + url);
			await page.addStyleTag({ content: spacing });
			const o = await overflow();
			expect(o.culprits).toEqual([]);
			expect(o.scroll).toBe(o.width);
		},
	);
});

describe('200 % zoom: a 1280 px desktop at 640 CSS px', () => {
	const types = [
		'/',
		'/periaatteet/',
		'/tiekartta/',
		'/tiekartta/vertaa/2023-03/2024-05/',
		'/avustuskelpoisuus/',
		'/yhteistyomuodot/',
		'/pelisaannot/',
		'/vuosikello/',
		'/aikajana/',
		'/tilannekuva/',
	];
	it.each(types.flatMap((u) => [u, `/sv${u}`]))('%s does not scroll sideways or clip text', async (url) => {
		await zoomed.goto(baseUrl() + url);
		expect(await zoomed.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([640, 2]);
		const o = await overflow(zoomed);
		expect(o.culprits).toEqual([]);
		expect(o.scroll).toBe(o.width);
		expect(await unlabelledScrollers(zoomed)).toEqual([]);
		expect(await clippedText(zoomed)).toEqual([]);
	});
});
