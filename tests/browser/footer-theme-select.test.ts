/**
 * Two small things seen on every page, in Finnish and Swedish, on a desktop (1280 px) and a phone
 * (390 px): the footer does not run words together (the HTML compressor once dropped the line
 * breaks between text and links), and the theme and language selectors show their options whole
 * (Starlight's fixed widths once cut Finnish "Automaattinen" to "Auto…" and "Svenska" to "Svens…").
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { county } from '~/config/county';
import fi from '../../content/i18n/fi.json';
import sv from '../../content/i18n/sv.json';
import { baseUrl, chromiumForFile } from './setup/browser';

const ui = { fi, sv };
const prefix = { fi: '', sv: '/sv' };
const widths = { desktop: 1280, phone: 390 };
const cases = (['fi', 'sv'] as const).flatMap((lang) =>
	(Object.keys(widths) as (keyof typeof widths)[]).map((device) => ({ lang, device })),
);
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `a`, then a space or a line break (at least one white-space character), then `b`. */
const apart = (a: string, b: string) => new RegExp(`${literal(a)}\\s+${literal(b)}`);

const browser = chromiumForFile();

async function withPage(lang: 'fi' | 'sv', device: keyof typeof widths, run: (page: Page) => Promise<void>) {
	const page = await browser.newPage({ viewport: { width: widths[device], height: 800 } });
	try {
		await page.goto(`${baseUrl()}${prefix[lang]}/periaatteet/`);
		await run(page);
	} finally {
		await page.close();
	}
}

describe('footer', () => {
	it.each(cases)('$lang, $device: words, addresses and separators stay apart', async ({ lang, device }) => {
		await withPage(lang, device, async (page) => {
			// The rendered text, as a person reads it (textContent would keep the source's line breaks).
			// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is tested
			const text = await page.locator('.site-footer').innerText();
			const c = county.coordinator;
			const t = ui[lang];
			expect(text).toMatch(apart(county.name[lang].nominative, '·'));
			expect(text).toMatch(apart('·', `${c.title[lang]}:`));
			expect(text).toMatch(apart(`${c.title[lang]}:`, c.email));
			expect(text).toMatch(apart(`${c.email},`, c.phone));
			expect(text).toMatch(apart(t['footer.accessibility'], '·'));
			expect(text).toMatch(apart('·', t['footer.about']));
			expect(text).toMatch(apart(t['footer.about'], '·'));
			expect(text).toMatch(apart('·', t['footer.privacy']));
			// No separator anywhere touches a word.
			expect(text.match(/\S·|·\S/g)).toBeNull();
		});
	});
});

describe('theme and language selectors', () => {
	it.each(cases)('$lang, $device: every option fits its select', async ({ lang, device }) => {
		await withPage(lang, device, async (page) => {
			// On a phone the selectors are in the menu.
			if (device === 'phone') await page.locator('button[popovertarget="starlight__sidebar"]').click();
			const selects = await page
				.locator('starlight-theme-select select, starlight-lang-select select')
				.evaluateAll((els) => {
					const ctx = document.createElement('canvas').getContext('2d');
					if (!ctx) throw new Error('no 2d canvas');
					return els
						.filter((el) => el.checkVisibility())
						.map((el) => {
							const s = getComputedStyle(el);
							ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
							const room =
								el.clientWidth - Number.parseFloat(s.paddingInlineStart) - Number.parseFloat(s.paddingInlineEnd);
							return {
								scrolls: el.scrollWidth > el.clientWidth,
								cut: [...(el as HTMLSelectElement).options]
									.map((o) => ({ option: o.text, width: ctx.measureText(o.text).width }))
									.filter((o) => o.width > room + 0.5)
									.map((o) => `${o.option} (${o.width.toFixed(1)} px in ${room.toFixed(1)} px)`),
							};
						});
				});
			expect(selects).toEqual([
				{ scrolls: false, cut: [] },
				{ scrolls: false, cut: [] },
			]);
		});
	});
});
