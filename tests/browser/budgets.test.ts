/**
 * Performance budgets on the built site, measured in Chromium (gzip sizes of what a page loads):
 * content pages load no JavaScript beyond Starlight's own (and not the search UI before search is used), an island page adds at most
 * `islandExtraJs` KB, and every page stays within its total weight. Budgets: ./budgets.json.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../built/dist';
import budgets from './budgets.json';
import { baseUrl, chromiumForFile } from './setup/browser';

const pages = builtPages().filter((p) => p.url.endsWith('/'));
const isIsland = (html: string) => html.includes('<astro-island');
const browser = chromiumForFile();

interface Load {
	js: number;
	total: number;
	scripts: string[];
}

async function load(url: string): Promise<Load> {
	const page = await browser.newPage();
	const pending: Promise<void>[] = [];
	const result: Load = { js: 0, total: 0, scripts: [] };
	page.on('response', (res) => {
		pending.push(
			res.body().then(
				(body) => {
					const gz = gzipSync(body).length / 1024;
					result.total += gz;
					if (res.request().resourceType() === 'script') {
						result.js += gz;
						result.scripts.push(new URL(res.url()).pathname);
					}
				},
				() => undefined,
			),
		);
	});
	await page.goto(baseUrl() + url, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	await page.close();
	return result;
}

const loads = new Map<string, Load>();
async function loadOf(url: string): Promise<Load> {
	let l = loads.get(url);
	if (!l) {
		l = await load(url);
		loads.set(url, l);
	}
	return l;
}

describe('performance budgets', () => {
	const content = pages.filter((p) => !isIsland(p.html));
	const islands = pages.filter((p) => isIsland(p.html));

	it('finds both kinds of page', () => {
		expect(content.length).toBeGreaterThan(10);
		expect(islands.length).toBeGreaterThanOrEqual(4);
	});

	it.each(content.map((p) => p.url))('content page %s: only Starlight JS, within budget', async (url) => {
		const l = await loadOf(url);
		expect(l.scripts.filter((s) => /island|preact|client/i.test(s))).toEqual([]);
		// The search UI and index load only when search is used (tests/browser/search-ui.test.ts).
		expect(l.scripts.filter((s) => /ui-core|\/pagefind\//.test(s))).toEqual([]);
		expect(l.js).toBeLessThanOrEqual(budgets.contentPageJs);
		expect(l.total).toBeLessThanOrEqual(budgets.total.content);
	});

	it.each(islands.map((p) => p.url))('island page %s: adds at most the island budget', async (url) => {
		const l = await loadOf(url);
		const baseline = await loadOf(url.startsWith('/sv/') ? '/sv/tietoa/' : '/tietoa/');
		expect(l.js - baseline.js).toBeLessThanOrEqual(budgets.islandExtraJs);
		expect(l.total).toBeLessThanOrEqual(budgets.total.island);
	});
});
