import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumForFile } from './setup/browser';

const browser = chromiumForFile();

const cases = [
	{ lang: 'fi', url: '/tilannekuva/', term: 'suosittelee', none: /Mikään taulukon rivi ei vastaa hakua ”qxzvyq”/ },
	{
		lang: 'sv',
		url: '/sv/tilannekuva/',
		term: 'rekommenderar',
		none: /Inga rader i tabellen motsvarar sökningen ”qxzvyq”/,
	},
] as const;

describe.each(cases)('comparison page ($lang)', ({ url, term, none }) => {
	it('filters on the value column, not only the county, and says when nothing matches', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(baseUrl() + url);
			const root = page.locator('.tk-table:has(#tk-lahella)');
			const input = root.locator('input[type="search"]');
			await input.fill(term);
			const visible = root.locator('tbody tr:not([hidden])');
			await expect.poll(() => root.locator('[data-tk-count]').textContent()).not.toBe('');
			const texts = await visible.allTextContents();
			expect(texts.length).toBeGreaterThan(0);
			expect(texts.length).toBeLessThan(await root.locator('tbody tr').count());
			for (const t of texts) expect(t.toLowerCase()).toContain(term);
			// County names are in the row header; the term is in the value column only.
			expect(await visible.locator('th', { hasText: term }).count()).toBe(0);

			await input.fill('qxzvyq');
			const status = root.locator('[data-tk-count]');
			await expect.poll(() => status.textContent()).toMatch(none);
			expect(await status.getAttribute('aria-live')).toBe('polite');
			expect(await visible.count()).toBe(0);
		} finally {
			await page.close();
		}
	});

	it('says at the start of the colour-only sections that the source gives the categories as colours, with a link', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(baseUrl() + url);
			const notes = await page.evaluate(() =>
				[...document.querySelectorAll('main h2')].map((h) => {
					// Starlight wraps a heading in a div with its anchor link.
					const start = h.closest('.sl-heading-wrapper') ?? h;
					const next = start.nextElementSibling;
					return {
						heading: h.textContent ?? '',
						aside: next?.matches('aside') ?? false,
						link: next?.querySelector('a[href*="lahteet/#lahde-003"]') !== null && next !== null,
					};
				}),
			);
			const flagged = notes.filter((n) => n.aside && n.link).map((n) => n.heading);
			expect(flagged).toHaveLength(2);
			expect(flagged.join(' ')).toMatch(/Lähellä\.fi/);
		} finally {
			await page.close();
		}
	});
});
