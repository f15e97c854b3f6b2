/**
 * The Content-Security-Policy holds while people use the site: search, both islands and the
 * table filter run with no CSP violation, and the policy really blocks an injected inline script.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import texts from '../../content/data/tilannekuva/texts.json';
import { baseUrl, chromiumForFile, hydrated } from './setup/browser';

const browser = chromiumForFile();

/** A page that records every CSP violation (the recorder is injected by the browser driver, not inline). */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
	const page = await browser.newPage();
	await page.addInitScript(() => {
		// biome-ignore lint/suspicious/noExplicitAny: test hook
		const w = window as any;
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`),
		);
	});
	// biome-ignore lint/suspicious/noExplicitAny: test hook
	return { page, violations: () => page.evaluate(() => (window as any).__csp as string[]) };
}

describe('Content-Security-Policy', () => {
	it('every page carries a policy without unsafe-inline for scripts', async () => {
		const { page } = await watchedPage();
		try {
			await page.goto(`${baseUrl()}/`);
			const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
			expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
			expect(policy?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
		} finally {
			await page.close();
		}
	});

	it.each([
		['fi', '/', 'avustus'],
		['sv', '/sv/', 'understöd'],
	])('search works under the policy (%s)', async (_lang, home, query) => {
		const { page, violations } = await watchedPage();
		try {
			await page.goto(baseUrl() + home);
			await page.locator('site-search button[data-open-modal]').first().click();
			await page.locator('#starlight__search input').fill(query);
			await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
			expect(await violations()).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('the grant self-check runs under the policy', async () => {
		const { page, violations } = await watchedPage();
		try {
			await page.goto(`${baseUrl()}/avustuskelpoisuus/`);
			await hydrated(page);
			await page.locator('.gc form input[value="all"]').check();
			await page.locator('.gc form button[type=submit]').click();
			await page.locator('.gc input[name="gc-applicant"]').first().waitFor();
			expect(await violations()).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('the cooperation picker runs under the policy', async () => {
		const { page, violations } = await watchedPage();
		try {
			await page.goto(`${baseUrl()}/sv/yhteistyomuodot/`);
			await hydrated(page);
			await page.locator('input[name=needs][value=premises]').check();
			await page.locator('.coop-picker__form button[type=submit]').click();
			await page.locator('.coop-picker__recommendation').first().waitFor();
			expect(await violations()).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('the table filter runs under the policy', async () => {
		const { page, violations } = await watchedPage();
		try {
			await page.goto(`${baseUrl()}/tilannekuva/`);
			const table = page.locator('.tk-table[data-tk-filter]').first();
			const filter = table.locator('.tk-filter input[type=search]');
			const total = await table.locator('tbody tr').count();
			await filter.fill('Pohjanmaa');
			// The filter really filters (a no-op filter fails here): some rows stay, fewer than all,
			// each naming the query, and the count says so.
			await expect.poll(() => table.locator('[data-tk-count]').textContent()).not.toBe('');
			const shown = await table.locator('tbody tr:visible').allTextContents();
			expect(shown.length).toBeGreaterThan(0);
			expect(shown.length).toBeLessThan(total);
			for (const row of shown) expect(row).toContain('Pohjanmaa');
			expect(await table.locator('[data-tk-count]').textContent()).toBe(
				texts.filterCount.fi.replace('{shown}', String(shown.length)).replace('{total}', String(total)),
			);
			expect(await violations()).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('blocks an inline script that is not in the policy', async () => {
		const { page, violations } = await watchedPage();
		try {
			await page.goto(`${baseUrl()}/`);
			await page.evaluate(() => {
				const s = document.createElement('script');
				s.textContent = 'window.__injected = true;';
				document.body.append(s);
			});
			// biome-ignore lint/suspicious/noExplicitAny: test hook
			expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined();
			expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
		} finally {
			await page.close();
		}
	});
});
