/**
 * The parallel view in Chromium (docs/parallel-view.md): zero axe violations in both languages on a
 * desktop and at phone width; side by side on a desktop, the page's language on the left; one
 * column on a phone, the languages alternating section by section; cite links shown on focus and
 * leading to the paragraph on the document page.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, chromiumForFile } from './setup/browser';

const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const cases = ['/periaatteet/rinnakkain/', '/tiekartta/2024-05/rinnakkain/'].flatMap((path) =>
	(['fi', 'sv'] as const).map((lang) => ({ path: lang === 'sv' ? `/sv${path}` : path, lang })),
);
const browser = chromiumForFile();

/** Each section cell's language and place, in reading order (top to bottom, then left to right). */
function cellBoxes(page: Page): Promise<{ lang: string; x: number; y: number }[]> {
	return page.$$eval('.parallel-cell', (cells) =>
		cells
			.map((c) => {
				const r = c.getBoundingClientRect();
				return { lang: c.getAttribute('lang') ?? '', x: Math.round(r.left), y: Math.round(r.top + window.scrollY) };
			})
			.sort((a, b) => a.y - b.y || a.x - b.x),
	);
}

describe.each(cases)('$path', ({ path, lang }) => {
	const other = lang === 'fi' ? 'sv' : 'fi';

	it('passes axe on a desktop, side by side with the page’s language on the left', async () => {
		await browser.withPage(async (page, errors) => {
			await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
			expect(await axeViolations(page)).toEqual([]);
			const boxes = await cellBoxes(page);
			expect(boxes.length).toBeGreaterThanOrEqual(4);
			for (let i = 0; i < boxes.length; i += 2) {
				const [left, right] = [boxes[i], boxes[i + 1]];
				expect(left?.y).toBe(right?.y);
				expect([left?.lang, right?.lang]).toEqual([lang, other]);
				expect(right?.x ?? 0).toBeGreaterThan((left?.x ?? 0) + 200);
			}
			expect(errors).toEqual([]);
		}, desktop);
	});

	it('passes axe at phone width, the languages alternating section by section', async () => {
		await browser.withPage(async (page, errors) => {
			await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
			expect(await axeViolations(page)).toEqual([]);
			const boxes = await cellBoxes(page);
			expect(new Set(boxes.map((b) => b.x)).size).toBe(1);
			expect(boxes.map((b) => b.lang)).toEqual(boxes.map((_, i) => (i % 2 === 0 ? lang : other)));
			// Each cell says its language in words, not only by its place.
			const labels = await page.$$eval('.parallel-cell > .parallel-lang', (ps) =>
				ps.map((p) => (p.checkVisibility() ? (p.textContent ?? '').trim() : '')),
			);
			expect(labels.slice(0, 2).map((l) => l.toLowerCase())).toEqual(
				[lang, other].map((l) => (l === 'fi' ? 'suomeksi' : 'på svenska')),
			);
			// On a touch screen (no hover) the cite links are always shown.
			expect(
				await page
					.locator('.cite-link')
					.first()
					.evaluate((a) => getComputedStyle(a).opacity),
			).toBe('1');
			expect(errors).toEqual([]);
		}, phone);
	});
});

describe('cite links', () => {
	it('show on keyboard focus and lead to the paragraph on the document page', async () => {
		await browser.withPage(async (page) => {
			await page.goto(`${baseUrl()}/sv/periaatteet/rinnakkain/`, { waitUntil: 'networkidle' });
			const link = page.locator('.parallel-cell[lang="fi"] .cite-link').first();
			expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
			await link.focus();
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Tab');
			expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
			const href = (await link.getAttribute('href')) ?? '';
			expect(href).toMatch(/^\/periaatteet\/#lyhyesti-[0-9a-z]{7}$/);
			await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
			const target = page.locator(':target');
			expect(await target.getAttribute('id')).toBe(href.split('#')[1]);
			expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
		}, desktop);
	});
});
