/**
 * Wide tables (`.data-table`, ADR 0401) in Finnish and Swedish, at 1280 and 390 px: scrolled
 * sideways, the column that names each row stays at the region's start edge, on top of what
 * scrolls under it, and takes at most 40 % of the region; a shadow at an edge shows that there is
 * more to scroll that way, and no shadow where there is none.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumForFile } from './setup/browser';

/** Every page type with a data table; `rowHeader`: the cell that stays in view, when not the first. */
const types: { path: string; rowHeader?: string }[] = [
	{ path: '/tiekartta/' },
	{ path: '/tiekartta/rinnakkain/' },
	{ path: '/aikajana/' },
	// The annual cycle's first column is the event's number: the event's name stays instead.
	{ path: '/vuosikello/', rowHeader: 'th[scope="row"]' },
	{ path: '/yhteistyomuodot/' },
];
const widths = [1280, 390];
const firstCell = 'tbody tr > :first-child:not([colspan])';

const browser = chromiumForFile();

/** Where the region's row-naming cells are, and what is painted at the start of each. */
function stickyCells(page: Page, index: number, selector: string) {
	return page.evaluate(
		([i, sel]) => {
			const region = document.querySelectorAll<HTMLElement>('.data-table')[i];
			if (!region) throw new Error(`no data table ${i}`);
			const start = region.getBoundingClientRect().left + region.clientLeft;
			return [...region.querySelectorAll<HTMLElement>(sel)].slice(0, 8).map((cell) => {
				const r = cell.getBoundingClientRect();
				const y = Math.min(r.top + 8, r.bottom - 1);
				const hit = y >= 0 && y < window.innerHeight ? document.elementFromPoint(start + 4, y) : null;
				return {
					offset: Math.round(r.left - start),
					share: r.width / region.clientWidth,
					// What is painted at the region's start on the cell's line: the cell, not a cell
					// scrolled under it (null where the page's own header or the window hides the line).
					onTop: hit && region.contains(hit) ? cell.contains(hit) : null,
				};
			});
		},
		[index, selector] as const,
	);
}

/**
 * How much darker than the region's background its two edges are, the table hidden so that only
 * the background (the scroll cue) is painted; decoded in a blank page (the site's CSP allows no
 * data: images).
 */
async function edgeShade(page: Page, index: number): Promise<{ start: number; end: number }> {
	const region = page.locator('.data-table').nth(index);
	await region.evaluate((el) => el.querySelector('table')?.style.setProperty('visibility', 'hidden'));
	const png = (await region.screenshot({ animations: 'disabled' })).toString('base64');
	await region.evaluate((el) => el.querySelector('table')?.style.removeProperty('visibility'));
	const blank = await page.context().newPage();
	try {
		return await blank.evaluate(async (b64) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = img.width;
			canvas.height = img.height;
			const ctx = canvas.getContext('2d');
			if (!ctx) throw new Error('no canvas');
			ctx.drawImage(img, 0, 0);
			const y = Math.floor(img.height / 2);
			const lum = (x: number) => {
				const [r = 0, g = 0, b = 0] = ctx.getImageData(x, y, 1, 1).data;
				return 0.2126 * r + 0.7152 * g + 0.0722 * b;
			};
			const bg = lum(Math.floor(img.width / 2));
			return { start: bg - lum(1), end: bg - lum(img.width - 2) };
		}, png);
	} finally {
		await blank.close();
	}
}

const scrollTo = (page: Page, index: number, where: 'start' | 'middle' | 'end') =>
	page.evaluate(
		([i, w]) => {
			const el = document.querySelectorAll<HTMLElement>('.data-table')[i];
			if (!el) throw new Error(`no data table ${i}`);
			const max = el.scrollWidth - el.clientWidth;
			el.scrollLeft = w === 'start' ? 0 : w === 'middle' ? Math.round(max / 2) : max;
			return { left: el.scrollLeft, max };
		},
		[index, where] as const,
	);

/** A shadow is at least this much darker (0–255 luminance) than the background. */
const SHADE = 12;

describe.each(['fi', 'sv'] as const)('wide tables (%s)', (lang) => {
	it.each(types.flatMap((t) => widths.map((w) => [t.path, w, t.rowHeader] as const)))(
		'%s at %i px: the first column stays in view, the scroll cue shows',
		async (path, width, rowHeader) => {
			await browser.withPage(
				async (page) => {
					await page.goto(baseUrl() + (lang === 'sv' ? `/sv${path}` : path));
					const count = await page.locator('.data-table').count();
					expect(count).toBeGreaterThan(0);
					for (let i = 0; i < count; i++) {
						const region = page.locator('.data-table').nth(i);
						await region.scrollIntoViewIfNeeded();
						const { max } = await scrollTo(page, i, 'start');
						// Every data table is wider than its region at both widths.
						expect(max).toBeGreaterThan(20);
						const selector = rowHeader ? `tbody ${rowHeader}` : firstCell;
						const before = await stickyCells(page, i, selector);
						expect(before.length).toBeGreaterThan(0);
						for (const c of before) expect(c.share).toBeLessThanOrEqual(0.41);
						let shade = await edgeShade(page, i);
						expect(shade.start).toBeLessThan(SHADE);
						expect(shade.end).toBeGreaterThan(SHADE);

						const { left } = await scrollTo(page, i, 'middle');
						expect(left).toBeGreaterThan(10);
						const scrolled = await stickyCells(page, i, selector);
						for (const c of scrolled) expect(c.offset, `${path} table ${i}, scrolled ${left} px`).toBe(0);
						expect(scrolled.filter((c) => c.onTop !== null).length).toBeGreaterThan(0);
						expect(scrolled.filter((c) => c.onTop === false)).toEqual([]);
						shade = await edgeShade(page, i);
						expect(shade.start).toBeGreaterThan(SHADE);
						expect(shade.end).toBeGreaterThan(SHADE);

						await scrollTo(page, i, 'end');
						for (const c of await stickyCells(page, i, selector)) expect(c.offset).toBe(0);
						shade = await edgeShade(page, i);
						expect(shade.start).toBeGreaterThan(SHADE);
						expect(shade.end).toBeLessThan(SHADE);
					}
				},
				{ viewport: { width, height: 900 } },
			);
		},
	);
});
