// `npm run bench`: builds the site, then reports build time, page count and, for each page
// type, the bytes a browser loads (HTML, CSS, JS; raw and gzip), measured in Chromium.
// Usage: npm run bench [-- --no-build] [-- --scale]   (reads SITE_DIST or dist/)
//   --scale also builds copies with 100 and 1,000 synthetic pages (scripts/scale.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { ensureChromium } from './lib/chromium.mjs';
import { serve } from './lib/static-server.mjs';
import { buildWithSynthetic } from './scale.mjs';

const dist = process.env.SITE_DIST ?? 'dist';
const pageTypes = {
	'front page (fi)': '/',
	'document (fi)': '/periaatteet/',
	'document (sv)': '/sv/periaatteet/',
	'self-check island': '/avustuskelpoisuus/',
	'picker island': '/yhteistyomuodot/',
};
const lighthousePages = ['/', '/periaatteet/', '/avustuskelpoisuus/', '/yhteistyomuodot/', '/sv/malli/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

let buildSeconds = null;
if (!process.argv.includes('--no-build')) {
	const t0 = performance.now();
	const r = spawnSync('astro', ['build', '--outDir', dist], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (r.status !== 0) process.exit(r.status ?? 1);
	buildSeconds = (performance.now() - t0) / 1000;
}

function htmlFiles(dir) {
	return readdirSync(dir).flatMap((n) => {
		const f = join(dir, n);
		if (statSync(f).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiles(f);
		return n.endsWith('.html') ? [f] : [];
	});
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const server = await serve(dist);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox'] });
const rows = [];
try {
	for (const [name, path] of Object.entries(pageTypes)) {
		const page = await browser.newPage();
		const sizes = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0] };
		const pending = [];
		page.on('response', (res) => {
			pending.push(
				res.body().then(
					(body) => {
						const type = res.request().resourceType();
						const key =
							type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
						sizes[key][0] += body.length;
						sizes[key][1] += gzipSync(body).length;
					},
					() => {},
				),
			);
		});
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
		await Promise.all(pending);
		rows.push({ name, path, ...sizes });
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}

// Lighthouse (from npm) with the system Chromium, desktop preset, on the loopback server.
const lhServer = await serve(dist);
const chrome = await chromeLauncher.launch({
	chromePath: ensureChromium(),
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
});
const scores = [];
try {
	for (const path of lighthousePages) {
		const result = await lighthouse(
			lhServer.url + path,
			{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
			desktopConfig,
		);
		const cats = result?.lhr.categories ?? {};
		const failed = Object.values(result?.lhr.audits ?? {})
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => a.id);
		scores.push({
			path,
			...Object.fromEntries(categories.map((c) => [c, Math.round((cats[c]?.score ?? 0) * 100)])),
			failed,
		});
	}
} finally {
	await chrome.kill();
	await lhServer.close();
}

console.log(`\nBuild time: ${buildSeconds === null ? '(not built)' : `${buildSeconds.toFixed(1)} s`}`);
console.log(`Pages (HTML files): ${htmlFiles(dist).length}`);
console.log('\nLoaded per page type (raw / gzip):');
for (const r of rows) {
	console.log(
		`  ${r.name.padEnd(20)} ${r.path.padEnd(22)} HTML ${kb(r.html[0])} / ${kb(r.html[1])}  CSS ${kb(r.css[0])} / ${kb(r.css[1])}  JS ${kb(r.js[0])} / ${kb(r.js[1])}  other ${kb(r.other[1])} gz`,
	);
}
console.log('\nLighthouse (desktop; target 100 each):');
for (const s of scores) {
	console.log(
		`  ${s.path.padEnd(22)} performance ${s.performance}  accessibility ${s.accessibility}  best practices ${s['best-practices']}  SEO ${s.seo}${s.failed.length ? `  (failed: ${s.failed.join(', ')})` : ''}`,
	);
}

if (process.argv.includes('--scale')) {
	console.log('\nScale (synthetic documents in both languages, added to the real site):');
	for (const n of [50, 500]) {
		const r = buildWithSynthetic(n);
		console.log(`  +${2 * r.count} synthetic pages: ${r.pages} pages built in ${r.seconds.toFixed(1)} s`);
	}
}
