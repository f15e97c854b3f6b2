/**
 * The search dialog as people use it, in both languages: a content page loads no search code
 * until search is used (then it works), the dialog speaks the page's language (no English UI
 * text), the index-only metadata (compound terms, the annual cycle's month names) is never shown,
 * and the arrow keys move through results.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hiddenMeta } from '~/site-search/keys';
import { baseUrl, chromiumForFile, collectErrors } from './setup/browser';

const browser = chromiumForFile();

const cases = [
	{ lang: 'fi', url: '/periaatteet/', query: 'avustus', month: 'joulukuu', none: 'qxzvyq' },
	{ lang: 'sv', url: '/sv/periaatteet/', query: 'lokaler', month: 'december', none: 'qxzvyq' },
] as const;

/** Pagefind UI's English defaults (@pagefind/default-ui, translations/en.json) that a person could read. */
const english = [
	/\bSearch\b/,
	/\bClear\b/,
	/\bresults? for\b/,
	/\bNo results\b/,
	/\bLoad more\b/,
	/\bSearching\b/,
	/\bFilters\b/,
	// The names of the index-only keys, as Pagefind UI would label them ("Terms:", "Months:").
	...hiddenMeta.map((key) => new RegExp(`\\b${key}\\b`, 'i')),
];

/** Search-code requests (the Pagefind UI chunk, pagefind.js and its files) seen by a page. */
function watchSearchCode(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (req) => {
		const path = new URL(req.url()).pathname;
		if (/ui-core|\/pagefind\//.test(path)) seen.push(path);
	});
	return seen;
}

/** Everything a person can read or hear in the dialog: text, labels, placeholders, titles. */
function dialogWords(page: Page): Promise<string> {
	return page.locator('site-search dialog').evaluate((d) => {
		const attrs = [...d.querySelectorAll('*')].flatMap((el) =>
			['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''),
		);
		return [d.getAttribute('aria-label') ?? '', d.textContent ?? '', ...attrs].join('\n');
	});
}

describe.each(cases)('search dialog ($lang)', ({ lang, url, query, month, none }) => {
	it('loads no search code until search is used, then finds results', async () => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		const searchCode = watchSearchCode(page);
		try {
			await page.goto(baseUrl() + url, { waitUntil: 'networkidle' });
			await page.waitForTimeout(300);
			expect(searchCode).toEqual([]);
			await page.keyboard.press('/');
			await page.locator('#starlight__search input').fill(query);
			await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
			expect(searchCode.some((p) => p.includes('ui-core'))).toBe(true);
			const hrefs = await page
				.locator('#starlight__search .pagefind-ui__result-link')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			expect(hrefs.every((h) => (lang === 'sv') === h.startsWith('/sv/'))).toBe(true);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('has no English UI text and shows no internal terms', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(baseUrl() + url);
			await page.locator('site-search button[data-open-modal]').first().click();
			const input = page.locator('#starlight__search input');
			const texts: string[] = [];
			// A compound word, and a month: it brings up the annual cycle, the page with month names.
			const cycle = `${lang === 'sv' ? '/sv' : ''}/vuosikello/`;
			for (const [q, link] of [
				[query, '.pagefind-ui__result-link'],
				[month, `.pagefind-ui__result-link[href="${cycle}"]`],
			] as const) {
				await input.fill(q);
				await page.locator(`#starlight__search ${link}`).first().waitFor();
				await page.locator('#starlight__search .pagefind-ui__result-excerpt').first().waitFor();
				const text = await dialogWords(page);
				expect(text).toContain(q);
				expect(await page.locator('[data-pagefind-ui-meta], .pagefind-ui__result-tags').count()).toBe(0);
				texts.push(text);
			}
			await input.fill(none);
			await page.locator('#starlight__search .pagefind-ui__message').filter({ hasText: none }).waitFor();
			texts.push(await dialogWords(page));
			for (const text of texts) {
				expect(english.filter((re) => re.test(text)).map(String)).toEqual([]);
			}
		} finally {
			await page.close();
		}
	});

	it('moves through the results with the arrow keys; Ctrl+K closes and opens', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(baseUrl() + url);
			await page.keyboard.press('Control+k');
			const input = page.locator('#starlight__search input');
			await input.fill(query);
			const links = page.locator('#starlight__search .pagefind-ui__result-link');
			await links.nth(1).waitFor();
			const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? 'input');
			const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			await page.keyboard.press('ArrowDown');
			expect(await focused()).toBe(hrefs[0]);
			await page.keyboard.press('ArrowDown');
			expect(await focused()).toBe(hrefs[1]);
			await page.keyboard.press('ArrowUp');
			await page.keyboard.press('ArrowUp');
			expect(await focused()).toBe('input');
			await page.keyboard.press('Control+k');
			expect(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
			await page.keyboard.press('Control+k');
			expect(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		} finally {
			await page.close();
		}
	});
});
