import { describe, expect, it } from 'vitest';
import { builtPages } from '../built/dist';
import { baseUrl, chromiumForFile } from './setup/browser';

const fiPages = builtPages()
	.map((p) => p.url)
	.filter((u) => !u.startsWith('/sv/') && u.endsWith('/'));
const browser = chromiumForFile();

describe('language switch', () => {
	it.each(fiPages)('%s ⇄ its Swedish page', async (url) => {
		const page = await browser.newPage();
		try {
			await page.goto(baseUrl() + url);
			const select = page.locator('starlight-lang-select select').first();
			await Promise.all([page.waitForURL(`${baseUrl()}/sv${url}`), select.selectOption({ label: 'Svenska' })]);
			expect(new URL(page.url()).pathname).toBe(`/sv${url}`);
			expect(await page.getAttribute('html', 'lang')).toBe('sv');
			const back = page.locator('starlight-lang-select select').first();
			await Promise.all([page.waitForURL(baseUrl() + url), back.selectOption({ label: 'Suomi' })]);
			expect(new URL(page.url()).pathname).toBe(url);
			expect(await page.getAttribute('html', 'lang')).toBe('fi');
		} finally {
			await page.close();
		}
	});
});
