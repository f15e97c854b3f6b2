/**
 * Cooperation-model picker, keyboard only, in Finnish and Swedish: axe on each step, focus on
 * the result, answers in the URL (reload keeps the result), the comparison table without JS; the
 * short list and the stated needs answered first; Back from a page opened from the result returns
 * to the same place in it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '~/i18n/lang';
import texts from '../../content/data/cooperation-forms/_texts.json';
import functional from '../../content/data/cooperation-forms/functional.json';
import operating from '../../content/data/cooperation-forms/operating-grant.json';
import partnership from '../../content/data/cooperation-forms/partnership-agreement.json';
import { chooseRadio, tabTo } from './keyboard';
import { axeViolations, baseUrl, chromiumForFile, collectErrors, hydrated, pageText } from './setup/browser';

const path: Record<Lang, string> = { fi: '/yhteistyomuodot/', sv: '/sv/yhteistyomuodot/' };
const browser = chromiumForFile();

const firstRecommendation = (page: Page) => page.locator('.coop-picker__recommendation h3').first().textContent();

async function check(page: Page, need: string) {
	await tabTo(page, `el && el.name === 'needs' && el.value === '${need}'`);
	await page.keyboard.press('Space');
}

describe.each(['fi', 'sv'] as const)('cooperation-model picker (%s)', (lang: Lang) => {
	it('premises and yearly funding with money: the first two recommendations give premises and yearly funding', async () => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		try {
			await page.goto(`${baseUrl()}${path[lang]}?needs=premises,yearly-funding&money=yes`);
			await page.locator('.coop-picker__recommendation').first().waitFor();
			const names = await page.locator('.coop-picker__recommendation h3').allTextContents();
			const firstTwo = names.slice(0, 2).map((n) => n.split(' – ')[0]?.trim());
			expect(firstTwo.sort()).toEqual([functional.name[lang], operating.name[lang]].sort());
			// No grant for a need nobody stated: no project grant without a project.
			expect(names.join(' ')).not.toContain(lang === 'fi' ? 'Hankeavustus' : 'Projektunderstöd');
			// The short list comes first: one line per form, linked to its details, in the same order.
			const short = page.locator('.coop-picker__shortlist li a');
			expect(await short.count()).toBe(names.length);
			expect((await short.allTextContents()).slice(0, 2).sort()).toEqual(firstTwo.sort());
			expect(await short.first().getAttribute('href')).toMatch(/^#cp-rec-/);
			// Premises: how they are booked and whom to ask.
			const premises = page.locator('.coop-picker__premises');
			expect(await premises.locator('h3').textContent()).toBe(texts.premisesHeading[lang]);
			expect(await premises.locator(`a[href="${texts.links.contact[lang]}"]`).count()).toBe(1);
			expect(await axeViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('Back from a page opened from the result returns to the same place, the followed link focused', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		try {
			const url = `${baseUrl()}${path[lang]}?needs=premises,yearly-funding&money=yes`;
			await page.goto(url);
			await hydrated(page);
			const link = page.locator('.coop-picker__recommendation').nth(1).locator('a[href^="/"]').first();
			await link.scrollIntoViewIfNeeded();
			await page.evaluate(() => window.scrollBy(0, 40));
			const before = await page.evaluate(() => window.scrollY);
			const href = await link.getAttribute('href');
			expect(before).toBeGreaterThan(800);
			await Promise.all([page.waitForURL((u) => u.pathname === new URL(href ?? '', url).pathname), link.click()]);
			await page.goBack();
			await page.waitForURL(url);
			await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
			await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 50);
			expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(50);
		} finally {
			await page.close();
		}
	});

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
			expect(await page.locator('#cp-result-heading').textContent()).toContain(texts.resultHeading[lang]);
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
			await tabTo(page, `el && el.textContent.trim() === ${JSON.stringify(texts.startAgain[lang])}`, 250);
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

	it('never shows junk from the URL as text', async () => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		try {
			// junk alone, then junk beside valid answers (the result is shown)
			for (const query of ['needs=Zqxjunk1&money=Zqxjunk2&x=Zqxjunk3', 'needs=premises,Zqxjunk1&money=Zqxjunk2']) {
				await page.goto(`${baseUrl()}${path[lang]}?${query}`);
				await page.locator('.coop-picker__form').waitFor();
				await hydrated(page);
				expect(await pageText(page), query).not.toMatch(/zqxjunk/i);
			}
			expect(await page.locator('.coop-picker__recommendation').count()).toBeGreaterThan(0);
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
