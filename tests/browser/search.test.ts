/**
 * Search: the Starlight search box finds the expected page in each language, and the search
 * quality set (tests/browser/search-queries.json) has its expected page in the top 3.
 * Pagefind runs in the browser, with the index of the page's language.
 */

import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '~/i18n/lang';
import { textOfHtml } from '~/search/add-search-terms';
import { compoundForm, type SearchTermData, wordsOf } from '~/search/compound-terms';
import data from '../../content/data/search-terms.json';
import { builtPages } from '../built/dist';
import queries from './search-queries.json';
import { baseUrl, chromiumForFile } from './setup/browser';

const home: Record<Lang, string> = { fi: '/', sv: '/sv/' };
const browser = chromiumForFile();
const pages = new Map<Lang, Page>();

beforeAll(async () => {
	for (const lang of ['fi', 'sv'] as const) {
		const page = await browser.newPage();
		await page.goto(baseUrl() + home[lang]);
		// A string, so that the test runner does not rewrite the dynamic import.
		await page.evaluate(`(async () => {
			window.__pf = await import('/pagefind/pagefind.js');
			await window.__pf.init();
		})()`);
		pages.set(lang, page);
	}
});

async function topUrls(lang: Lang, query: string, n = 3): Promise<string[]> {
	const page = pages.get(lang);
	if (!page) throw new Error(`no page for ${lang}`);
	return page.evaluate(
		async ([q, k]) => {
			// biome-ignore lint/suspicious/noExplicitAny: test hook
			const pf = (window as any).__pf;
			const res = await pf.search(q);
			const data = await Promise.all(
				res.results.slice(0, k).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
			);
			return data.map((d: { url: string }) => d.url);
		},
		[query, n] as const,
	);
}

const stripHash = (u: string): string => u.split('#')[0] ?? u;

/** All result URLs for a query (not only the top). */
async function allUrls(lang: Lang, query: string): Promise<string[]> {
	return (await topUrls(lang, query, 1000)).map(stripHash);
}

describe('compounds: a part of a compound finds every page that uses it', () => {
	const terms: SearchTermData = data;
	const cases = [
		['fi', 'avustus', 'avustus'],
		['fi', 'avustukset', 'avustus'],
		['fi', 'neuvottelukunta', 'neuvottelukunta'],
		['sv', 'understöd', 'understöd'],
		['sv', 'bidrag', 'understöd'],
	] as const;
	it.each(cases)('%s: "%s"', async (lang, query, head) => {
		const forms = terms.heads[lang][head] ?? [];
		const not = terms.notCompounds[lang][head] ?? [];
		const expected = builtPages()
			// Pages in the index only: older document versions, compare pages and 404 are left out of it.
			.filter(
				(p) => (lang === 'sv') === p.url.startsWith('/sv/') && p.root.querySelector('[data-pagefind-body]') !== null,
			)
			.filter((p) => {
				const main = parse(p.html).querySelector('main');
				return (
					main && wordsOf(textOfHtml(main.outerHTML), lang).some((w) => compoundForm(w, head, forms, not) !== null)
				);
			})
			.map((p) => p.url);
		expect(expected.length).toBeGreaterThan(0);
		const found = await allUrls(lang, query);
		expect(expected.filter((u) => !found.includes(u))).toEqual([]);
	});
});

describe('search box (Starlight UI)', () => {
	it.each([
		['fi', 'saavutettavuus', '/saavutettavuusseloste/'],
		['sv', 'tillgänglighet', '/sv/saavutettavuusseloste/'],
	] as const)('%s: "%s" lists %s', async (lang, query, expected) => {
		const page = await browser.newPage();
		try {
			await page.goto(baseUrl() + home[lang]);
			await page.locator('site-search button[data-open-modal]').first().click();
			await page.locator('#starlight__search input').fill(query);
			const links = page.locator('#starlight__search .pagefind-ui__result-link');
			await links.first().waitFor();
			const hrefs = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map(stripHash);
			expect(hrefs).toContain(expected);
		} finally {
			await page.close();
		}
	});
});

describe('search quality: expected page in the top 3', () => {
	for (const lang of ['fi', 'sv'] as const) {
		const set = (queries as Record<Lang, { q: string; expect: string }[]>)[lang];
		it(`${lang}: has at least 20 queries`, () => {
			expect(set.length).toBeGreaterThanOrEqual(20);
		});
		it.each(set.map((x) => [x.q, x.expect]))(`${lang}: "%s" → %s`, async (q, expected) => {
			const urls = (await topUrls(lang, q)).map(stripHash);
			expect(urls).toContain(expected);
		});
	}
});
