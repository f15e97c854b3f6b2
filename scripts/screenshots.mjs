// `npm run screenshots [path …]`: Chromium screenshots of the built site (dist/) in both
// languages at desktop (1280 px) and phone (390 px) widths, written to tmp/screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChromium } from './lib/chromium.mjs';
import { serve } from './lib/static-server.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/periaatteet/', '/avustuskelpoisuus/'];
const widths = { desktop: 1280, phone: 390 };
mkdirSync('tmp/screenshots', { recursive: true });
const server = await serve(process.env.SITE_DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox'] });
try {
	for (const path of paths) {
		for (const lang of ['fi', 'sv']) {
			for (const [name, width] of Object.entries(widths)) {
				const page = await browser.newPage({ viewport: { width, height: 900 } });
				await page.goto(server.url + (lang === 'sv' ? `/sv${path}` : path), { waitUntil: 'networkidle' });
				const file = `tmp/screenshots/${lang}${path.replaceAll('/', '_')}${name}.png`;
				await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
				console.log(file);
				await page.close();
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
