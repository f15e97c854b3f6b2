/**
 * Cooperation-model picker, keyboard only, in Finnish and Swedish: axe on each step, focus on
 * the result, answers in the URL (reload keeps the result), the comparison table without JS.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ui from '../../content/data/cooperation-forms/_ui.json';
import functional from '../../content/data/cooperation-forms/functional.json';
import partnership from '../../content/data/cooperation-forms/partnership-agreement.json';
import { chooseRadio, tabTo } from './keyboard';
import { axeViolations, baseUrl, collectErrors, hydrated, launch } from './setup/browser';

type Lang = 'fi' | 'sv';
const path: Record<Lang, string> = { fi: '/yhteistyomuodot/', sv: '/sv/yhteistyomuodot/' };
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const firstRecommendation = (page: Page) => page.locator('.coop-picker__recommendation h3').first().textContent();

async function check(page: Page, need: string) {
	await tabTo(page, `el && el.name === 'needs' && el.value === '${need}'`);
	await page.keyboard.press('Space');
}

describe.each(['fi', 'sv'] as const)('cooperation-model picker (%s)', (lang: Lang) => {
	it('recommends functional cooperation for premises and a contact person without money, by keyboard', async () => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		try {
			await page.goto(baseUrl() + path[lang]);
			await page.locator('.coop-picker__form').waitFor();
			await hydrated(page);
			expect(await axeViolations(page)).toEqual([]);
			await check(page, 'premises');
			await check(page, 'contact');
			await tabTo(page, `el && el.name === 'money'`);
			await chooseRadio(page, 'no');
			await tabTo(page, `el && el.type === 'submit'`);
			await page.keyboard.press('Enter');
			await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cp-result-heading');
			expect(await page.locator('#cp-result-heading').textContent()).toContain(ui.strings.resultHeading[lang]);
			expect(await firstRecommendation(page)).toContain(functional.name[lang]);
			expect(await page.locator('[role=status]').textContent()).not.toBe('');
			expect(await axeViolations(page)).toEqual([]);

			const url = new URL(page.url());
			expect(url.searchParams.get('money')).toBe('no');
			expect(url.searchParams.get('needs')?.split(',').sort()).toEqual(['contact', 'premises']);
			await page.reload();
			await expect.poll(() => firstRecommendation(page)).toContain(functional.name[lang]);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('a shared link for a multi-year partnership with money ranks the partnership agreement first', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(`${baseUrl()}${path[lang]}?needs=partnership,yearly-funding&money=yes`);
			await expect.poll(() => firstRecommendation(page)).toContain(partnership.name[lang]);
			expect(await axeViolations(page)).toEqual([]);
			await tabTo(page, `el && el.textContent.trim() === ${JSON.stringify(ui.strings.startAgain[lang])}`, 250);
			await page.keyboard.press('Enter');
			await expect.poll(() => new URL(page.url()).search).toBe('');
			expect(await page.locator('.coop-picker__recommendation').count()).toBe(0);
		} finally {
			await page.close();
		}
	});

	it('ignores junk in the URL and never shows it', async () => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		try {
			await page.goto(`${baseUrl()}${path[lang]}?needs=%3Cimg%20src=x%20onerror=alert(1)%3E,premises&money=%E0%A4%A`);
			await page.locator('.coop-picker__form').waitFor();
			await hydrated(page);
			expect(await page.content()).not.toContain('<img src="x"');
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('without JavaScript shows the comparison table of all forms', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			await page.goto(baseUrl() + path[lang]);
			const table = page.locator('table.coop-table');
			expect(await table.isVisible()).toBe(true);
			expect(await table.locator('caption').textContent()).toBeTruthy();
			expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
		} finally {
			await context.close();
		}
	});
});
