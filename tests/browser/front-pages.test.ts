/**
 * The front pages (`/`, `/sv/`) on a phone (390 px) and a desktop: the site's navigation and the
 * language switch are reachable by keyboard and by touch, every tool is linked, the staff route
 * leads to the ground-rules tool, and the self-check and a link to the other language's front page
 * are in view without scrolling.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '~/i18n/lang';
import { tabTo } from './keyboard';
import { baseUrl, chromiumForFile } from './setup/browser';

const home: Record<Lang, string> = { fi: '/', sv: '/sv/' };
const other: Record<Lang, { label: string; path: string; link: string }> = {
	fi: { label: 'Svenska', path: '/sv/', link: 'På svenska' },
	sv: { label: 'Suomi', path: '/', link: 'Suomeksi' },
};
const tools = ['avustuskelpoisuus', 'yhteistyomuodot', 'pelisaannot', 'vuosikello', 'aikajana', 'muutokset'];
const phone = { width: 390, height: 844 };

const browser = chromiumForFile();

/** The open menu's language select and a sidebar link to the picker, both visible. */
async function expectMenuOpen(page: Page, lang: Lang) {
	const prefix = lang === 'sv' ? '/sv' : '';
	await expect.poll(() => page.locator('#starlight__sidebar starlight-lang-select select').isVisible()).toBe(true);
	expect(await page.locator(`#starlight__sidebar a[href="${prefix}/yhteistyomuodot/"]`).isVisible()).toBe(true);
}

describe.each(['fi', 'sv'] as const)('front page (%s)', (lang) => {
	it('at 390 px, the menu and the language switch are reachable by keyboard', async () => {
		await browser.withPage(
			async (page, errors) => {
				await page.goto(baseUrl() + home[lang]);
				await tabTo(page, `el && el.matches('.sl-menu-button')`);
				await page.keyboard.press('Enter');
				await expectMenuOpen(page, lang);
				await tabTo(page, `el && el.matches('starlight-lang-select select')`, 80);
				// A keyboard user changes the focused, closed select with the arrow keys: the other
				// language is the next option (Suomi → Svenska) or the one before (Svenska → Suomi).
				const target = other[lang];
				const select = page.locator('#starlight__sidebar starlight-lang-select select');
				const labels = (await select.locator('option').allTextContents()).map((t) => t.trim());
				const from = labels.indexOf(lang === 'fi' ? 'Suomi' : 'Svenska');
				const to = labels.indexOf(target.label);
				expect(from).toBeGreaterThanOrEqual(0);
				expect(Math.abs(to - from)).toBe(1);
				await Promise.all([
					page.waitForURL(baseUrl() + target.path),
					page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp'),
				]);
				expect(new URL(page.url()).pathname).toBe(target.path);
				expect(errors).toEqual([]);
			},
			{ viewport: phone },
		);
	});

	it('at 390 px, the menu and the language switch work by touch', async () => {
		await browser.withPage(
			async (page, errors) => {
				await page.goto(baseUrl() + home[lang]);
				await page.locator('.sl-menu-button').tap();
				await expectMenuOpen(page, lang);
				await page.locator(`#starlight__sidebar a[href="${lang === 'sv' ? '/sv' : ''}/pelisaannot/"]`).tap();
				await page.waitForURL(`${baseUrl()}${lang === 'sv' ? '/sv' : ''}/pelisaannot/`);
				expect(errors).toEqual([]);
			},
			{ viewport: phone, hasTouch: true, isMobile: true },
		);
	});

	it('at 390 px, a tap on the menu and on the language select changes the language', async () => {
		await browser.withPage(
			async (page, errors) => {
				await page.goto(baseUrl() + home[lang]);
				await page.locator('.sl-menu-button').tap();
				await expectMenuOpen(page, lang);
				// The tap reaches the select (Playwright taps only an element that receives the touch)
				// and focuses it; the phone's own option list cannot be tapped in a headless browser, so
				// the option is then chosen as that list would choose it.
				const target = other[lang];
				const select = page.locator('#starlight__sidebar starlight-lang-select select');
				await select.tap();
				expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
				const value = await select.locator('option', { hasText: target.label }).getAttribute('value');
				await Promise.all([page.waitForURL(baseUrl() + target.path), select.selectOption(value ?? '')]);
				expect(new URL(page.url()).pathname).toBe(target.path);
				expect(errors).toEqual([]);
			},
			{ viewport: phone, hasTouch: true, isMobile: true },
		);
	});

	it('links every tool, leads staff to the ground-rules tool, shows the self-check and the other language without scrolling', async () => {
		const prefix = lang === 'sv' ? '/sv' : '';
		for (const viewport of [phone, { width: 1280, height: 720 }]) {
			await browser.withPage(
				async (page) => {
					await page.goto(baseUrl() + home[lang]);
					const main = page.locator('main');
					for (const tool of tools)
						expect(await main.locator(`a[href="${prefix}/${tool}/"]`).count()).toBeGreaterThan(0);
					// The staff card leads to the tool, not only to the static list.
					const staff = main.locator(`.card-grid a[href="${prefix}/pelisaannot/"]`);
					expect(await staff.count()).toBe(1);
					// The self-check's button is wholly in the first screen.
					const box = await main.locator(`.hero a[href="${prefix}/avustuskelpoisuus/"]`).boundingBox();
					expect(box).not.toBeNull();
					expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
					// So is a link to the other language's front page, in that language.
					const otherLang = main.locator(`.hero a[href="${other[lang].path}"]`, { hasText: other[lang].link });
					expect(await otherLang.getAttribute('lang')).toBe(lang === 'fi' ? 'sv' : 'fi');
					const otherBox = await otherLang.boundingBox();
					expect((otherBox?.y ?? viewport.height) + (otherBox?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
					expect(await page.evaluate(() => window.scrollY)).toBe(0);
				},
				{ viewport },
			);
		}
	});
});
