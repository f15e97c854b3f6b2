/**
 * Versioned documents in the browser, both languages: the compare and change history pages pass
 * axe and read sensibly (changes underlined / struck through and announced in words), the feed is
 * well-formed XML, a document prints with version and status first and no navigation, and search
 * finds current versions only.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, chromiumForFile, collectErrors } from './setup/browser';

const browser = chromiumForFile();

async function open(url: string, fn: (page: Page) => Promise<void>): Promise<void> {
	const page = await browser.newPage();
	const errors = collectErrors(page);
	try {
		const response = await page.goto(baseUrl() + url, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		await fn(page);
		expect(errors).toEqual([]);
	} finally {
		await page.close();
	}
}

describe.each([
	{ prefix: '', added: 'Lisätty', removed: 'Poistettu', summary: 'Yhteenveto' },
	{ prefix: '/sv', added: 'Tillagt', removed: 'Borttaget', summary: 'Sammanfattning' },
])('compare page $prefix/tiekartta/vertaa/2023-03/2024-05/', ({ prefix, added, removed, summary }) => {
	const url = `${prefix}/tiekartta/vertaa/2023-03/2024-05/`;

	it('passes axe', async () => {
		await open(url, async (page) => {
			expect(await axeViolations(page)).toEqual([]);
		});
	});

	it('marks changes by more than colour and names them for screen readers', async () => {
		await open(url, async (page) => {
			const ins = page.locator('li[data-change="changed"] ins').first();
			const del = page.locator('li[data-change="changed"] del').first();
			expect(await ins.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
			expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
			expect(await ins.textContent()).toMatch(new RegExp(`^${added}: `));
			expect(await del.textContent()).toMatch(new RegExp(`^${removed}: `));
			// Whole added and removed passages carry a visible word, not only a colour.
			await expect(page.locator('li[data-change="added"] .compare-tag').first().isVisible()).resolves.toBe(true);
			expect(await page.locator('li[data-change="added"] .compare-tag').first().textContent()).toContain(added);
			expect(await page.locator('li[data-change="removed"] .compare-tag').first().textContent()).toContain(removed);
		});
	});

	it('the summary links reach each section by keyboard', async () => {
		await open(url, async (page) => {
			expect(await page.locator('h2#yhteenveto').textContent()).toBe(summary);
			const link = page.locator('h2#yhteenveto ~ ul a').first();
			const target = (await link.getAttribute('href')) ?? '';
			await link.focus();
			await page.keyboard.press('Enter');
			await page.waitForFunction((hash) => location.hash === hash, target);
			expect(await page.locator(`${target}`).isVisible()).toBe(true);
		});
	});
});

describe.each([
	{ url: '/muutokset/', feed: '/muutokset.xml', lang: 'fi' },
	{ url: '/sv/muutokset/', feed: '/sv/muutokset.xml', lang: 'sv' },
])('change history $url', ({ url, feed, lang }) => {
	it('passes axe and advertises its feed', async () => {
		await open(url, async (page) => {
			expect(await axeViolations(page)).toEqual([]);
			expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(
				feed,
			);
		});
	});

	it('the feed is well-formed Atom XML with an entry per version', async () => {
		await open(url, async (page) => {
			const result = await page.evaluate(async (feedUrl) => {
				const xml = await (await fetch(feedUrl)).text();
				const doc = new DOMParser().parseFromString(xml, 'application/xml');
				const ns = 'http://www.w3.org/2005/Atom';
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					root: doc.documentElement.namespaceURI === ns ? doc.documentElement.localName : null,
					lang: doc.documentElement.getAttribute('xml:lang'),
					entries: doc.getElementsByTagNameNS(ns, 'entry').length,
				};
			}, feed);
			const historyEntries = await page.locator('.change-history > li').count();
			expect(result).toEqual({ error: null, root: 'feed', lang, entries: historyEntries });
			expect(historyEntries).toBeGreaterThanOrEqual(4);
		});
	});
});

describe.each(['', '/sv'])('roadmap %s/tiekartta/: the approved text keeps the stable address', (prefix) => {
	it('the stable page and the proposal pass axe; the banner leads to the proposal and back by keyboard', async () => {
		await open(`${prefix}/tiekartta/`, async (page) => {
			expect(await axeViolations(page)).toEqual([]);
			const toProposal = page.locator('.doc-banner[data-kind="newer"] a').first();
			expect(await toProposal.getAttribute('href')).toBe(`${prefix}/tiekartta/2024-05/`);
			await toProposal.focus();
			await page.keyboard.press('Enter');
			await page.waitForURL(`**${prefix}/tiekartta/2024-05/`);
			expect(await axeViolations(page)).toEqual([]);
			const back = page.locator('.doc-banner[data-kind="proposal"] a').first();
			expect(await back.getAttribute('href')).toBe(`${prefix}/tiekartta/`);
			await back.focus();
			await page.keyboard.press('Enter');
			await page.waitForURL(`**${prefix}/tiekartta/`);
		});
	});

	it('the address of a former version id passes axe and links to the version', async () => {
		await open(`${prefix}/malli/2022-10-03/`, async (page) => {
			expect(await axeViolations(page)).toEqual([]);
			await expect(page.locator(`main a[href="${prefix}/malli/2022-09-20/"]`).isVisible()).resolves.toBe(true);
		});
	});
});

describe('print', () => {
	it.each(['/tiekartta/2024-05/', '/sv/tiekartta/'])(
		'%s prints without navigation, version and status first, link targets visible',
		async (url) => {
			await open(url, async (page) => {
				await page.emulateMedia({ media: 'print' });
				// Each selector must still match (a renamed class fails here, it does not skip the check).
				for (const nav of ['header.header', 'nav.sidebar', '.right-sidebar-container', '.pagination-links']) {
					const el = page.locator(nav).first();
					expect(await el.count(), `${nav} is on the page`).toBe(1);
					expect(await el.isVisible(), nav).toBe(false);
				}
				const metaTop = (await page.locator('.doc-meta').boundingBox())?.y ?? Number.POSITIVE_INFINITY;
				const firstHeading = (await page.locator('.sl-markdown-content h2').first().boundingBox())?.y ?? 0;
				expect(metaTop).toBeLessThan(firstHeading);
				expect(await page.locator('.doc-meta').textContent()).toMatch(/2023-03|2024-05/);
				const after = await page
					.locator('.sl-markdown-content a[href^="/"]')
					.first()
					.evaluate((a) => getComputedStyle(a, '::after').content);
				expect(after).toContain('https://');
			});
		},
	);
});

describe('search', () => {
	it.each([
		['fi', '/', 'tiekartta', '/tiekartta/'],
		['sv', '/sv/', 'färdplan', '/sv/tiekartta/'],
	])(
		'%s: finds the current version only, never older versions, copies or compare pages',
		async (_l, home, q, current) => {
			await open(home, async (page) => {
				const urls = (await page.evaluate(`(async () => {
				const pf = await import('/pagefind/pagefind.js');
				await pf.init();
				const res = await pf.search(${JSON.stringify(q)});
				const data = await Promise.all(res.results.map((r) => r.data()));
				return data.map((d) => d.url.split('#')[0]);
			})()`)) as string[];
				expect(urls).toContain(current);
				expect(urls.filter((u) => /\/tiekartta\/.+/.test(u))).toEqual([]);
			});
		},
	);
});
