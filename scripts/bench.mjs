// `npm run bench`: builds the site, then reports build time, page count and, for each page
// type, the bytes a browser loads (HTML, CSS, JS; raw and gzip) and the JavaScript it has loaded
// after search is used, measured in Chromium, and Lighthouse's mobile scores (default config).
// Usage: npm run bench [-- --no-build] [-- --runs N] [-- --scale]   (reads SITE_DIST or dist/)
//   --runs N runs Lighthouse N times per page type (default 3, interleaved) and reports medians.
//   --scale also builds copies with 100 and 1,000 synthetic pages (scripts/scale.mjs).
// Pages are served as a host serves them: compressed (scripts/lib/static-server.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { ensureChromium } from './lib/chromium.mjs';
import { serve } from './lib/static-server.mjs';
import { buildWithSynthetic } from './scale.mjs';

const dist = process.env.SITE_DIST ?? 'dist';
const pageTypes = {
	'front page': '/',
	document: '/periaatteet/',
	'document (sv)': '/sv/periaatteet/',
	'versioned document': '/tiekartta/',
	'compare page': '/tiekartta/vertaa/2023-03/2024-05/',
	'self-check': '/avustuskelpoisuus/',
	picker: '/yhteistyomuodot/',
	'ground rules': '/pelisaannot/',
	'annual cycle': '/vuosikello/',
	timeline: '/aikajana/',
	'comparison tables': '/tilannekuva/',
};
const lighthousePages = Object.values(pageTypes);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 3 : Number(process.argv[runsArg + 1]);
if (!Number.isInteger(runs) || runs < 1) {
	console.error('--runs needs a whole number of at least 1, e.g. npm run bench -- --runs 5');
	process.exit(2);
}
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

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
		await Promise.all(pending.splice(0));
		const before = structuredClone(sizes);
		// Search used: the dialog opened and a query answered (the search UI loads on first use).
		await page.locator('site-search button[data-open-modal]').first().click();
		await page.locator('#starlight__search input').fill(path.startsWith('/sv/') ? 'understöd' : 'avustus');
		await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
		await page.waitForLoadState('networkidle');
		await Promise.all(pending);
		rows.push({ name, path, ...before, jsAfter: sizes.js });
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}

// Lighthouse (from npm) with the system Chromium, default (mobile) config, on the loopback server.
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
const samples = new Map(lighthousePages.map((path) => [path, []]));
// Lighthouse multiplies the main-thread time it observes by 4: other work on the machine shows as
// blocking time. The load average before and after is printed with the scores.
const loadBefore = loadavg()[0];
let loadAfter = loadBefore;
try {
	// Interleaved (every page type once, then again), so that a busy spell on a shared machine
	// does not fall on one page type's runs only.
	for (let run = 0; run < runs; run++) {
		for (const path of lighthousePages) {
			const result = await lighthouse(lhServer.url + path, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: categories,
			});
			const cats = result?.lhr.categories ?? {};
			const audits = result?.lhr.audits ?? {};
			const failed = Object.values(audits)
				.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
				.map((a) => a.id);
			samples.get(path)?.push({
				fcp: audits['first-contentful-paint']?.numericValue ?? 0,
				lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
				tbt: audits['total-blocking-time']?.numericValue ?? 0,
				cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
				...Object.fromEntries(categories.map((c) => [c, Math.round((cats[c]?.score ?? 0) * 100)])),
				failed,
			});
		}
	}
	loadAfter = loadavg()[0];
} finally {
	await chrome.kill();
	await lhServer.close();
}

console.log(`\nBuild time: ${buildSeconds === null ? '(not built)' : `${buildSeconds.toFixed(1)} s`}`);
console.log(`Pages (HTML files): ${htmlFiles(dist).length}`);
console.log('\nLoaded per page type (raw / gzip; JS before search, then gzip JS after search is used):');
for (const r of rows) {
	console.log(
		`  ${r.name.padEnd(18)} ${r.path.padEnd(36)} HTML ${kb(r.html[0])} / ${kb(r.html[1])}  CSS ${kb(r.css[0])} / ${kb(r.css[1])}  JS ${kb(r.js[0])} / ${kb(r.js[1])}  JS after search ${kb(r.jsAfter[1])} gz  other ${kb(r.other[1])} gz`,
	);
}
console.log(
	`\nLighthouse (mobile, default config; target 100 each): median of ${runs} run${runs > 1 ? 's' : ''}` +
		`${runs > 1 ? ' (performance range in brackets)' : ''}, pages served compressed as by a host;` +
		` load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${cpus().length} CPUs:`,
);
for (const [path, s] of samples) {
	const m = (key) => median(s.map((x) => x[key]));
	const perf = s.map((x) => x.performance);
	const range = runs > 1 ? ` [${Math.min(...perf)}–${Math.max(...perf)}]` : '';
	const failed = [...new Set(s.flatMap((x) => x.failed))];
	console.log(
		`  ${path.padEnd(36)} performance ${m('performance')}${range} (FCP ${Math.round(m('fcp'))} ms, LCP ${Math.round(m('lcp'))} ms, TBT ${Math.round(m('tbt'))} ms, CLS ${m('cls').toFixed(3)})  accessibility ${m('accessibility')}  best practices ${m('best-practices')}  SEO ${m('seo')}${failed.length ? `  (failed in some run: ${failed.join(', ')})` : ''}`,
	);
}

if (process.argv.includes('--scale')) {
	console.log('\nScale (synthetic documents in both languages, added to the real site):');
	for (const n of [50, 500]) {
		const r = buildWithSynthetic(n);
		console.log(`  +${2 * r.count} synthetic pages: ${r.pages} pages built in ${r.seconds.toFixed(1)} s`);
	}
}
