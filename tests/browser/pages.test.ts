import { describe, expect, it } from 'vitest';
import { builtPages } from '../built/dist';
import { axeViolations, baseUrl, chromiumForFile, collectErrors } from './setup/browser';

const urls = builtPages().map((p) => p.url);
const browser = chromiumForFile();

describe('every page', () => {
	it('covers both languages', () => {
		expect(urls.some((u) => u.startsWith('/sv/'))).toBe(true);
		expect(urls.some((u) => !u.startsWith('/sv/'))).toBe(true);
	});

	it('an unknown address gets the 404 page in both languages, with status 404', async () => {
		const page = await browser.newPage();
		try {
			const response = await page.goto(`${baseUrl()}/ei-tallaista-sivua/`);
			expect(response?.status()).toBe(404);
			expect(await page.locator('h1').textContent()).toContain('Sivua ei löytynyt');
			expect(await page.locator('[lang="sv"] h2').first().textContent()).toContain('Sidan hittades inte');
		} finally {
			await page.close();
		}
	});

	it.each(urls)('%s loads without errors and passes axe', async (url) => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		try {
			const response = await page.goto(baseUrl() + url, { waitUntil: 'load' });
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			expect(await axeViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
