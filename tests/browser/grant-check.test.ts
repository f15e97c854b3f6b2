/**
 * Grant self-check, keyboard only, in Finnish and Swedish: every step passes axe, focus moves
 * to each step's heading, the answers live in the URL (reload and a shared link give the same
 * result), junk in the URL is ignored and never shown.
 */
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allGood as eligibleAssociation, model } from '~/grant-check/test-helpers';
import { writeQuery } from '~/grant-check/url';
import { fill } from '~/i18n/fill';
import type { Lang } from '~/i18n/lang';
import texts from '../../content/data/grant-check/texts.json';
import { chooseRadio, focused, tabTo } from './keyboard';
import { axeViolations, baseUrl, chromiumForFile, collectErrors, hydrated, pageText } from './setup/browser';

const path: Record<Lang, string> = { fi: '/avustuskelpoisuus/', sv: '/sv/avustuskelpoisuus/' };

const browser = chromiumForFile();

const questionKey = (page: Page) =>
	page.evaluate(() => document.querySelector('.gc form input[type=radio]')?.getAttribute('name')?.replace(/^gc-/, ''));

async function headingIsFocused(page: Page): Promise<boolean> {
	return page.evaluate(() => document.activeElement?.tagName === 'H2' && !!document.activeElement.closest('.gc'));
}

/** The principles' list of supported activities and the grant instructions (its annex 1). */
const supported: Record<Lang, string> = {
	fi: '/periaatteet/#tuettava-toiminta',
	sv: '/sv/periaatteet/#verksamhet-som-stöds',
};
const instructions: Record<Lang, string> = {
	fi: '/periaatteet/#liite-1-avustusohje',
	sv: '/sv/periaatteet/#bilaga-1-understödsanvisning',
};

/** The page of `href` has an element with the id of its fragment. */
async function expectAnchor(page: Page, href: string): Promise<void> {
	const [path = '', hash = ''] = href.split('#');
	const html = await (await page.request.get(baseUrl() + encodeURI(path))).text();
	expect(parse(html).getElementById(decodeURIComponent(hash)), href).not.toBeNull();
}

describe.each(['fi', 'sv'] as const)('grant self-check (%s)', (lang: Lang) => {
	it('Back from a page opened from the result returns to the same place, the followed link focused', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		try {
			const url = baseUrl() + path[lang] + writeQuery(model, eligibleAssociation, { kind: 'result' });
			await page.goto(url);
			await hydrated(page);
			const link = page.locator('.gc-next-steps a[href^="/"]').last();
			await link.scrollIntoViewIfNeeded();
			const before = await page.evaluate(() => window.scrollY);
			const href = await link.getAttribute('href');
			expect(before).toBeGreaterThan(400);
			await Promise.all([page.waitForURL((u) => u.pathname === new URL(href ?? '', url).pathname), link.click()]);
			await page.goBack();
			await page.waitForURL((u) => u.pathname === path[lang]);
			await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
			await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 50);
			expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(50);
		} finally {
			await page.close();
		}
	});

	it('completes the flow with the keyboard only; axe passes on every step', async () => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		try {
			await page.goto(baseUrl() + path[lang]);
			await page.locator('.gc form').waitFor();
			await hydrated(page);
			const asked: string[] = [];
			for (let step = 0; step < 30; step++) {
				const key = await questionKey(page);
				if (!key) break;
				asked.push(key);
				expect(await axeViolations(page), `axe on question ${key}`).toEqual([]);
				const value = eligibleAssociation[key];
				expect(value, `a planned answer for ${key}`).toBeDefined();
				await tabTo(page, `el && el.name === 'gc-${key}'`);
				await chooseRadio(page, value as string);
				await tabTo(page, `el && el.type === 'submit'`);
				await page.keyboard.press('Enter');
				await page.waitForFunction((k) => !document.querySelector(`.gc input[name="gc-${k}"]`), key);
				await expect
					.poll(() => headingIsFocused(page), { message: `focus on the next heading after ${key}` })
					.toBe(true);
			}
			expect(asked.slice(0, 2)).toEqual(['interest', 'applicant']);
			expect(asked.length).toBeGreaterThan(8);

			// Check your answers
			await expect.poll(() => page.locator('.gc h2').textContent()).toBe(texts.checkHeading[lang]);
			expect(await axeViolations(page)).toEqual([]);
			await tabTo(page, `el && el.textContent.trim() === ${JSON.stringify(texts.showResult[lang])}`);
			await page.keyboard.press('Enter');

			// Result
			await expect
				.poll(() => page.locator('.gc h2').textContent(), { timeout: 10_000 })
				.toBe(texts.resultHeading[lang]);
			await expect.poll(() => headingIsFocused(page)).toBe(true);
			expect(await axeViolations(page)).toEqual([]);
			const resultText = () =>
				page.evaluate(() => {
					const gc = document.querySelector('.gc')?.cloneNode(true) as HTMLElement | undefined;
					gc?.querySelector('[aria-live]')?.remove();
					return gc?.textContent ?? '';
				});
			const result = await resultText();
			expect(result.split(texts.outcomeEligible[lang]).length - 1).toBeGreaterThanOrEqual(3);
			expect(await page.locator('.gc [aria-live]').textContent()).toContain(texts.outcomeEligible[lang]);

			// The URL holds the answers: reloading gives the same result.
			const url = new URL(page.url());
			expect(url.searchParams.get('applicant')).toBe('association');
			await page.reload();
			await expect
				.poll(() => page.locator('.gc h2').textContent(), { timeout: 10_000 })
				.toBe(texts.resultHeading[lang]);
			expect(await resultText()).toBe(result);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('a shared link with a company gives "not eligible" with a reason, and Start again clears it', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(`${baseUrl()}${path[lang]}?applicant=company&step=result`);
			await expect
				.poll(() => page.locator('.gc h2').textContent(), { timeout: 10_000 })
				.toBe(texts.resultHeading[lang]);
			const text = (await page.locator('.gc').textContent()) ?? '';
			expect(text.split(texts.outcomeNotEligible[lang]).length - 1).toBe(3);
			expect(await axeViolations(page)).toEqual([]);
			await tabTo(page, `el && el.textContent.trim() === ${JSON.stringify(texts.startAgain[lang])}`, 150);
			await page.keyboard.press('Enter');
			await expect.poll(() => questionKey(page)).toBe('interest');
			expect(new URL(page.url()).search).toBe('');
			await expect.poll(async () => (await focused(page)).tag).toBe('h2');
		} finally {
			await page.close();
		}
	});

	it('ignores unknown and malformed URL parameters and never shows them', async () => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		try {
			await page.goto(
				`${baseUrl()}${path[lang]}?applicant=%3Cscript%3Ealert(1)%3C/script%3E&evil=%3Cb%3Ex%3C/b%3E&registered=%E0%A4%A`,
			);
			await expect.poll(() => questionKey(page)).toBe('interest');
			const html = await page.content();
			expect(html).not.toContain('<script>alert(1)');
			expect(html).not.toContain('<b>x</b>');
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('never shows junk from the URL as text, on load nor after an answer', async () => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		try {
			// a plain-text junk value for every key the self-check reads, and an unknown key
			const keys = [...model.questions.map((q) => q.key), 'step', 'rules', 'utm_campaign'];
			const query = keys.map((k, i) => `${k}=Zqxjunk${i}`).join('&');
			await page.goto(`${baseUrl()}${path[lang]}?${query}`);
			await hydrated(page);
			await expect.poll(() => questionKey(page)).toBe('interest');
			expect(await pageText(page)).not.toMatch(/zqxjunk/i);
			await page.locator('.gc input[value="all"]').check();
			await page.locator('.gc button[type=submit]').click();
			await expect.poll(() => questionKey(page)).toBe('applicant');
			expect(await pageText(page)).not.toMatch(/zqxjunk/i);
			// the result page, with one junk value among valid answers
			await page.goto(
				`${baseUrl()}${path[lang]}${writeQuery(model, eligibleAssociation, { kind: 'result' })}&audit=Zqxjunk&x=Zqxjunk`,
			);
			await expect.poll(() => page.locator('.gc h2').textContent(), { timeout: 10_000 }).not.toBe('');
			expect(await pageText(page)).not.toMatch(/zqxjunk/i);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('without JavaScript shows the criteria as a checklist', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			await page.goto(baseUrl() + path[lang]);
			expect(await page.locator('#gc-fallback').isVisible()).toBe(true);
			expect(await page.locator('#gc-fallback li').count()).toBeGreaterThan(5);
			expect(await page.locator('.gc').isVisible()).toBe(false);
		} finally {
			await context.close();
		}
	});

	it('the fallback checklist passes axe (island scripts blocked)', async () => {
		const page = await browser.newPage();
		try {
			await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
			await page.goto(baseUrl() + path[lang]);
			// As without JavaScript: the early inline script's mark removed.
			await page.evaluate(() => document.documentElement.removeAttribute('data-js'));
			expect(await page.locator('#gc-fallback').isVisible()).toBe(true);
			expect(await axeViolations(page)).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('shows where you are: "Kysymys 1/N", then 2/…, with the total never growing', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(baseUrl() + path[lang]);
			await hydrated(page);
			const caption = () => page.locator('.gc .gc-progress').textContent();
			const first = (await caption()) ?? '';
			const [, pos, total] = /(\d+)\/(\d+)/.exec(first) ?? [];
			expect(first.replace(/:$/, '')).toBe(fill(texts.progress[lang], { position: 1, total: Number(total) }));
			expect(pos).toBe('1');
			await page.locator('.gc input[value="all"]').check();
			await page.locator('.gc button[type=submit]').click();
			await expect.poll(() => questionKey(page)).toBe('applicant');
			const second = /(\d+)\/(\d+)/.exec((await caption()) ?? '');
			expect(second?.[1]).toBe('2');
			expect(Number(second?.[2])).toBeLessThanOrEqual(Number(total));
			// the caption is part of the question's heading, so it is read with it
			expect(await page.locator('.gc h2').textContent()).toContain(second?.[0] ?? '?');
		} finally {
			await page.close();
		}
	});

	it('a form not asked about is "not assessed", never "not eligible"', async () => {
		const page = await browser.newPage();
		try {
			const answers = { ...eligibleAssociation, interest: 'project' };
			const query = writeQuery(model, answers, { kind: 'result' });
			await page.goto(baseUrl() + path[lang] + query);
			await expect
				.poll(() => page.locator('.gc h2').textContent(), { timeout: 10_000 })
				.toBe(texts.resultHeading[lang]);
			expect(await page.locator('.gc-result.gc-not-assessed').count()).toBe(2);
			const text = (await page.locator('.gc').textContent()) ?? '';
			expect(text.split(texts.outcomeNotAssessed[lang]).length - 1).toBe(2);
			expect(text).not.toContain(texts.outcomeNotEligible[lang]);
			expect(await page.locator('.gc-result.gc-eligible').count()).toBe(1);
			expect(await axeViolations(page)).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('lists every condition that needs attention, failed and unknown, and says the payment waits for an overdue report', async () => {
		const page = await browser.newPage();
		try {
			const answers = { ...eligibleAssociation, field: 'unknown', goals: 'unknown', reports: 'no', cofunding: 'no' };
			await page.goto(baseUrl() + path[lang] + writeQuery(model, answers, { kind: 'result' }));
			await expect
				.poll(() => page.locator('.gc h2').textContent(), { timeout: 10_000 })
				.toBe(texts.resultHeading[lang]);
			// operating grant: two open conditions and the payment waits; no "not eligible"
			const operating = page.locator('.gc-result').nth(0);
			expect(await operating.getAttribute('class')).toContain('gc-check-with-coordinator');
			expect(await operating.locator('h4').allTextContents()).toEqual(
				expect.arrayContaining([texts.unknownHeading[lang], texts.paymentHeading[lang]]),
			);
			expect(await operating.locator('h4', { hasText: texts.failedHeading[lang] }).count()).toBe(0);
			// project grant: not eligible (no co-funding), and the open conditions are listed too
			const project = page.locator('.gc-result').nth(2);
			expect(await project.getAttribute('class')).toContain('gc-not-eligible');
			const headings = await project.locator('h4').allTextContents();
			expect(headings).toContain(texts.failedHeading[lang]);
			expect(headings).toContain(texts.unknownHeading[lang]);
			expect(await axeViolations(page)).toEqual([]);
		} finally {
			await page.close();
		}
	});

	describe.each([
		['before the period', '2026-11-15T12:00:00', 'roundNext', 2026, 2027, 2028],
		['inside the period', '2026-12-15T12:00:00', 'roundOpen', 2026, 2027, 2028],
		['after the period', '2027-01-10T12:00:00', 'roundNext', 2027, 2028, 2029],
	] as const)('next steps %s (today %s)', (_when, today, key, roundYear, decisionYear, reportYear) => {
		it('name the round, the decision month and the reporting deadline, with the calendar link', async () => {
			const page = await browser.newPage();
			try {
				await page.clock.setFixedTime(new Date(today));
				await page.goto(baseUrl() + path[lang] + writeQuery(model, eligibleAssociation, { kind: 'result' }));
				await expect
					.poll(() => page.locator('.gc h2').textContent(), { timeout: 10_000 })
					.toBe(texts.resultHeading[lang]);
				const steps = page.locator('.gc-result').first().locator('.gc-next-steps');
				const period = lang === 'fi' ? `1.–31.12.${roundYear}` : `1–31 december ${roundYear}`;
				expect(await steps.locator('.gc-round').textContent()).toBe(fill(texts[key][lang], { period }));
				const month = lang === 'fi' ? `tammikuussa ${decisionYear}` : `januari ${decisionYear}`;
				expect(await steps.locator('.gc-decision').textContent()).toBe(fill(texts.decisionMonth[lang], { month }));
				const date = lang === 'fi' ? `30.6.${reportYear}` : `30 juni ${reportYear}`;
				expect(await steps.locator('.gc-report').textContent()).toContain(fill(texts.reportDeadline[lang], { date }));
				expect(await steps.locator('a[href$=".ics"]').getAttribute('href')).toBe(
					lang === 'fi' ? '/vuosikello.ics' : '/sv/arshjul.ics',
				);
				// Links to the supported activities and the grant instructions, to anchors that exist.
				const linksOf = async (form: string) =>
					page
						.locator(`.gc-result:has(#gc-result-${form}) .gc-next-steps a:not([href$=".ics"])`)
						.evaluateAll((as) =>
							as.map((a): [string, string] => [a.getAttribute('href') ?? '', a.textContent?.trim() ?? '']),
						);
				const operating = await linksOf('toiminta-avustus');
				expect(operating).toContainEqual([supported[lang], expect.any(String)]);
				expect(operating).toContainEqual([instructions[lang], expect.any(String)]);
				// The partnership and the project grant are applied for without a round: the instructions.
				for (const form of ['kumppanuussopimus', 'hankeavustus'])
					expect((await linksOf(form)).map(([href]) => href)).toEqual([instructions[lang]]);
				for (const [href, label] of operating) {
					expect(label).not.toBe('');
					await expectAnchor(page, href);
				}
				// the rules come from a draft: the result says what that means
				expect(await page.locator('.gc-draft').textContent()).toContain(texts.draftHeading[lang]);
			} finally {
				await page.close();
			}
		});
	});
});
