/**
 * The self-check's rules version in the address (`rules=`), in Finnish and Swedish: a result names
 * the rules it was computed with (version, date, link to that version of the principles); an
 * unknown or malformed version gives a clear message (the value never shown) and the current
 * rules, which the address then carries; new answers write the current rules version.
 *
 * The default content has one version of the principles. The last part builds a copy of the site
 * with a second, older version of the principles (the text of the current one under the version id
 * "2000-01-01") whose rules are the TEST-ONLY fixture src/grant-check/fixtures/2000-01-01/: a
 * result shared under them keeps its outcome, says that newer rules exist and compares the
 * outcome per grant form; the compare page lists the rule changes; /api/v1/ has both rule sets.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentRulesVersion } from '~/grant-check/data';
import type { Answers } from '~/grant-check/engine';
import { allGood, model, modelOf, olderRuleSet } from '~/grant-check/test-helpers';
import { writeQuery } from '~/grant-check/url';
import { fill } from '~/i18n/fill';
import type { Lang } from '~/i18n/lang';
import texts from '../../content/data/grant-check/texts.json';
import { editDocumentBlock } from '../../scripts/lib/new-version.mjs';
import { serve } from '../../scripts/lib/static-server.mjs';
import { axeViolations, baseUrl, chromiumForFile, collectErrors, hydrated } from './setup/browser';

const path: Record<Lang, string> = { fi: '/avustuskelpoisuus/', sv: '/sv/avustuskelpoisuus/' };
const result = writeQuery(model, allGood, { kind: 'result' }).slice(1);

const browser = chromiumForFile();

async function open(query: string, lang: Lang, base = baseUrl()): Promise<{ page: Page; errors: string[] }> {
	const page = await browser.newPage();
	const errors = collectErrors(page);
	await page.goto(`${base}${path[lang]}?${query}`);
	await hydrated(page);
	await page.locator('.gc-result').first().waitFor();
	return { page, errors };
}

const rulesInAddress = (page: Page) => new URL(page.url()).searchParams.get('rules');

describe.each(['fi', 'sv'] as const)('the rules version in the self-check (%s)', (lang: Lang) => {
	it('a result names its rules: version, date and a link to that version of the principles', async () => {
		const { page, errors } = await open(`${result}&rules=${currentRulesVersion}`, lang);
		try {
			const named = page.locator('.gc-rules-named');
			await expect.poll(() => named.textContent()).toContain(`${currentRulesVersion} (10.10.2022)`);
			expect(await named.locator('a').getAttribute('href')).toBe(
				`${lang === 'sv' ? '/sv' : ''}/periaatteet/${currentRulesVersion}/`,
			);
			expect(await page.locator('.gc-rules-notice').count()).toBe(0);
			expect(rulesInAddress(page)).toBe(currentRulesVersion);
			expect(await axeViolations(page, '.gc')).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it.each([
		['unknown', 'rules=1999-01-01', '1999-01-01', texts.rulesUnknown],
		['malformed', 'rules=%3Cb%3Eoops%3C%2Fb%3E', 'oops', texts.rulesMalformed],
	])('a %s rules version: a clear message, the current rules, the value never shown', async (_k, param, raw, text) => {
		const { page, errors } = await open(`${param}&${result}`, lang);
		try {
			const notice = page.locator('.gc-rules-notice');
			await expect.poll(() => notice.textContent()).toBe(fill(text[lang], { current: currentRulesVersion }));
			expect(await page.locator('main').textContent()).not.toContain(raw);
			expect(await page.locator('.gc-result').count()).toBe(model.forms.length);
			expect(await page.locator('section.gc').count()).toBe(1);
			// The address now carries the current rules the result was computed with.
			expect(rulesInAddress(page)).toBe(currentRulesVersion);
			expect(await axeViolations(page, '.gc')).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('a new answer writes the current rules version into the address', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(baseUrl() + path[lang]);
			await hydrated(page);
			await page.locator('.gc form input[type=radio]').first().check();
			await page.locator('.gc form button[type=submit]').click();
			await expect.poll(() => rulesInAddress(page)).toBe(currentRulesVersion);
		} finally {
			await page.close();
		}
	});
});

/** A copy of the site with the test-only older version of the principles and its rules, built and served. */
describe('with a second, older version of the principles whose rules differ (test build)', () => {
	const project = resolve('.');
	const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'tmp']);
	mkdirSync(join(project, 'tmp'), { recursive: true });
	const dir = mkdtempSync(join(project, 'tmp', 'rules-version-build-'));
	const older = olderRuleSet.version;
	let server: { url: string; close: () => Promise<void> } | undefined;

	beforeAll(async () => {
		for (const name of readdirSync(project).filter((n) => !skip.has(n))) {
			cpSync(join(project, name), join(dir, name), { recursive: true });
		}
		cpSync(join(dir, 'src/grant-check/fixtures', older), join(dir, 'content/data/grant-check', older), {
			recursive: true,
		});
		for (const prefix of ['', 'sv/']) {
			const text = readFileSync(join(dir, `content/docs/${prefix}periaatteet.mdx`), 'utf8');
			mkdirSync(join(dir, `content/docs/${prefix}periaatteet`), { recursive: true });
			writeFileSync(
				join(dir, `content/docs/${prefix}periaatteet/${older}.mdx`),
				editDocumentBlock(text, { version: JSON.stringify(older), changeNote: '"TEST-ONLY"' }),
			);
		}
		const build = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		if (build.status !== 0) throw new Error(`test build failed:\n${build.stdout}\n${build.stderr}`);
		server = await serve(join(dir, 'dist'));
	}, 300_000);
	afterAll(async () => {
		await server?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	// Made under the older rules: no Lähellä.fi listing; the area question did not exist yet.
	const { area: _area, ...answers }: Answers = { ...allGood, lahella: 'no' };
	const shared = writeQuery({ ...modelOf(olderRuleSet), rulesVersion: older }, answers, { kind: 'result' }).slice(1);
	const outcomeText = (lang: Lang) => ({
		notEligible: texts.outcomeNotEligible[lang],
		check: texts.outcomeCheck[lang],
	});

	it('/api/v1/ lists and publishes both rule sets', () => {
		const index = JSON.parse(readFileSync(join(dir, 'dist/api/v1/index.json'), 'utf8')) as {
			ruleSets: { rulesVersion: string }[];
		};
		expect(index.ruleSets.map((r) => r.rulesVersion)).toEqual([older, currentRulesVersion]);
		const set = JSON.parse(readFileSync(join(dir, `dist/api/v1/grant-rules/${older}.json`), 'utf8'));
		expect(set.data.ruleSet.rules.rules.find((r: { id: string }) => r.id === 'lahella').level).toBe('required');
	});

	it.each(['fi', 'sv'] as const)('the compare page lists the rule changes (%s)', (lang) => {
		const html = readFileSync(
			join(dir, `dist/${lang === 'sv' ? 'sv/' : ''}periaatteet/vertaa/${older}/${currentRulesVersion}/index.html`),
			'utf8',
		);
		expect(html).toContain('id="avustusehtojen-muutokset"');
		expect(html).toContain(lang === 'fi' ? 'taso: vaatimus → suositus' : 'nivå: krav → rekommendation');
		expect(html.match(/data-change="added" data-item="(rule|question)"/g)).toHaveLength(2);
	});

	it.each(['fi', 'sv'] as const)(
		'a result shared under the older rules stays the same, says newer rules exist and compares per form (%s)',
		async (lang) => {
			const { page, errors } = await open(shared, lang, server?.url);
			try {
				const o = outcomeText(lang);
				const notice = page.locator('.gc-rules-notice');
				await expect.poll(() => notice.textContent()).toContain(lang === 'fi' ? 'uudemmat ehdot' : 'nyare villkor');
				expect(await page.locator('.gc-rules-named a').getAttribute('href')).toBe(
					`${lang === 'sv' ? '/sv' : ''}/periaatteet/${older}/`,
				);
				// One self-check (the server's first step replaced, not left beside it); the address keeps its rules.
				expect(await page.locator('section.gc').count()).toBe(1);
				expect(rulesInAddress(page)).toBe(older);
				// Its conditions cite that version's text, not the current one.
				const cites = await page
					.locator('.gc-result .gc-cite a')
					.evaluateAll((as) => as.map((x) => x.getAttribute('href')));
				expect(cites.length).toBeGreaterThan(0);
				for (const href of cites)
					expect(href).toMatch(new RegExp(`^${lang === 'sv' ? '/sv' : ''}/periaatteet/${older}/#`));
				// Recomputed with the older rules: the listing was required, so no form is eligible.
				const outcomes = await page.locator('.gc-result .gc-outcome').allTextContents();
				expect(outcomes.map((x) => x.trim())).toEqual(model.forms.map(() => `✗ ${o.notEligible}`));
				// The comparison: every form differs (the current rules ask about the area, not answered).
				const rows = page.locator('.gc-rules-compare tbody tr');
				expect(await rows.count()).toBe(3);
				for (const row of await rows.all()) {
					expect(await row.getAttribute('data-differs')).toBe('true');
					expect(await row.locator('td').nth(1).textContent()).toBe(o.check);
				}
				expect(await axeViolations(page, '.gc')).toEqual([]);
				// The offer: the same answers under the current rules.
				await page.locator('.gc-rules-notice a', { hasText: texts.rulesCheckCurrent[lang] }).click();
				await page.waitForURL((u) => u.searchParams.get('rules') === currentRulesVersion);
				await hydrated(page);
				await expect.poll(() => page.locator('.gc-rules-notice').count()).toBe(0);
				// The current rules ask what the older ones did not: the area question, the other answers kept.
				await expect
					.poll(() => page.locator('.gc form input[type=radio]').first().getAttribute('name'))
					.toBe('gc-area');
				await page.locator('#gc-area-yes').check();
				await page.locator('.gc form button[type=submit]').click();
				await page.waitForURL((u) => u.searchParams.get('area') === 'yes');
				const url = new URL(page.url());
				url.searchParams.set('step', 'result');
				await page.goto(url.href);
				await hydrated(page);
				// Under the current rules a Lähellä.fi listing is only advised: every form is eligible.
				await expect
					.poll(async () => (await page.locator('.gc-result .gc-outcome').allTextContents()).map((x) => x.trim()))
					.toEqual(model.forms.map(() => `✓ ${texts.outcomeEligible[lang]}`));
				expect(new URL(page.url()).searchParams.get('rules')).toBe(currentRulesVersion);
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		},
	);
});
