/**
 * Versioned documents in the built site: addresses of every version, canonical links and search
 * indexing, banners, the status panel's version list, the compare output for a known pair
 * (roadmap 2023-03 → 2024-05), the change history pages and the Atom feeds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { county } from '../../src/config/county';
import { distDir, resolveInternal } from './dist';

function page(url: string): HTMLElement {
	const file = resolveInternal(url);
	if (!file) throw new Error(`${url} was not built`);
	return parse(readFileSync(file, 'utf8'));
}
const site = county.siteUrl;
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
const canonical = (p: HTMLElement) => p.querySelector('link[rel="canonical"]')?.getAttribute('href');
const indexed = (p: HTMLElement) => p.querySelector('main[data-pagefind-body]') !== null;

/** Versioned documents with at least two versions, oldest first (the "done when" of issue 6). */
const documents = [
	{ slug: 'tiekartta', versions: ['2023-03', '2024-05'] },
	{ slug: 'toimeenpanosuunnitelma', versions: ['2023', '2024'] },
];

describe.each(['', '/sv'])('version routing (%s)', (prefix) => {
	it.each(documents)('$slug: a stable address and a permanent address for every version', ({ slug, versions }) => {
		const stable = page(`${prefix}/${slug}/`);
		const current = versions.at(-1);
		expect(text(stable.querySelector('.doc-meta dl'))).toContain(current);
		expect(canonical(stable)).toBe(`${site}${prefix}/${slug}/`);
		expect(indexed(stable)).toBe(true);
		for (const v of versions) {
			const p = page(`${prefix}/${slug}/${v}/`);
			expect(text(p.querySelector('.doc-meta dl'))).toContain(v);
			expect(indexed(p)).toBe(false);
			// A permanent copy of the current version points search engines to the stable address.
			expect(canonical(p)).toBe(v === current ? `${site}${prefix}/${slug}/` : `${site}${prefix}/${slug}/${v}/`);
			expect(p.querySelector('a.permalink')?.getAttribute('href')).toBe(`${prefix}/${slug}/${v}/`);
		}
	});

	it('gives single-file documents a permanent address too', () => {
		expect(existsSync(join(distDir, `${prefix}/periaatteet/2022-10-10/index.html`))).toBe(true);
	});
});

describe('banners', () => {
	it.each([
		['/tiekartta/2023-03/', '/tiekartta/', 'Vanha versio'],
		['/sv/toimeenpanosuunnitelma/2023/', '/sv/toimeenpanosuunnitelma/', 'Äldre version'],
	])('%s says it is an older version and links to the current one', (url, current, words) => {
		const banner = page(url).querySelector('.doc-banner[data-kind="old"]');
		expect(text(banner)).toContain(words);
		expect(banner?.querySelector('a')?.getAttribute('href')).toBe(current);
	});

	it.each([
		['/tiekartta/', 'Luonnos'],
		['/sv/tiekartta/', 'Utkast'],
	])('%s: a draft says so in words, and is not marked old', (url, words) => {
		const p = page(url);
		expect(text(p.querySelector('.doc-banner[data-kind="draft"]'))).toContain(words);
		expect(p.querySelector('.doc-banner[data-kind="old"]')).toBeNull();
	});

	it('a superseded, approved version has no draft banner', () => {
		expect(page('/tiekartta/2023-03/').querySelector('.doc-banner[data-kind="draft"]')).toBeNull();
	});

	it('the permanent copy of the current version names the stable address', () => {
		const banner = page('/sv/tiekartta/2024-05/').querySelector('.doc-banner[data-kind="permanent"]');
		expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/sv/tiekartta/');
	});
});

describe('status panel', () => {
	it('lists every version newest first with its change note, status and compare link', () => {
		const items = page('/tiekartta/').querySelectorAll('.doc-versions > li');
		expect(items.map((li) => li.getAttribute('data-version'))).toEqual(['2024-05', '2023-03']);
		expect(text(items[0])).toContain('Luonnos');
		expect(text(items[0])).toContain('seitsemän kohtaa on merkitty vuodelta 2023 siirtyneiksi');
		expect(text(items[1])).toContain('Korvattu');
		expect(items[0]?.querySelector('a[href="/tiekartta/vertaa/2023-03/2024-05/"]')).not.toBeNull();
		expect(text(page('/tiekartta/2023-03/').querySelector('.doc-meta'))).toContain(
			'Lähidemokratia- ja osallisuuslautakunta, maaliskuu 2023',
		);
	});
});

describe('compare: roadmap 2023-03 → 2024-05', () => {
	const cases = [
		{
			url: '/tiekartta/vertaa/2023-03/2024-05/',
			added: 'Vuoden 2024 päivitys',
			removed: 'Tämän version jälkeen',
			changed: 'Tiekartta vuosittain',
			unchanged: 'Visio',
			labels: ['Lisätty: ', 'Poistettu: '],
			moved: '(siirretty vuodelta 2023)',
		},
		{
			url: '/sv/tiekartta/vertaa/2023-03/2024-05/',
			added: 'Uppdateringen 2024',
			removed: 'Efter denna version',
			changed: 'Färdplanen år för år',
			unchanged: 'Vision',
			labels: ['Tillagt: ', 'Borttaget: '],
			moved: '(flyttad från 2023)',
		},
	];
	it.each(cases)('$url', (c) => {
		const p = page(c.url);
		expect(text(p.querySelector('h1'))).toContain('2023-03');
		const sections = p.querySelectorAll('section.compare-section');
		const kindOf = (name: string) =>
			sections.find((s) => text(s.querySelector('h2')) === name)?.getAttribute('data-kind');
		expect(kindOf(c.added)).toBe('added');
		expect(kindOf(c.removed)).toBe('removed');
		expect(kindOf(c.changed)).toBe('changed');
		expect(kindOf(c.unchanged)).toBeUndefined();
		expect(text(p.querySelector('main'))).toContain(c.unchanged);

		// Table cells moved from 2023 appear as added text in the yearly table.
		const table = sections.find((s) => text(s.querySelector('h2')) === c.changed);
		const inserted = table?.querySelectorAll('ins').map(text) ?? [];
		expect(inserted.some((t) => t.includes(c.moved))).toBe(true);

		// Every inline change is announced in words; whole added or removed passages are labelled visibly.
		for (const el of p.querySelectorAll('li[data-change="changed"] ins')) {
			expect(text(el.querySelector('.sr-only'))).toBe(c.labels[0]?.trim());
		}
		for (const el of p.querySelectorAll('li[data-change="changed"] del')) {
			expect(text(el.querySelector('.sr-only'))).toBe(c.labels[1]?.trim());
		}
		expect(p.querySelectorAll('li[data-change="changed"] ins').length).toBeGreaterThan(0);
		for (const li of p.querySelectorAll('li[data-change="added"], li[data-change="removed"]')) {
			expect(text(li.querySelector('.compare-tag'))).toMatch(/^(Lisätty|Poistettu|Tillagt|Borttaget)$/);
		}
		expect(indexed(p)).toBe(false);
	});

	it('compares the implementation plan versions in both languages', () => {
		for (const url of ['/toimeenpanosuunnitelma/vertaa/2023/2024/', '/sv/toimeenpanosuunnitelma/vertaa/2023/2024/']) {
			const kinds = page(url)
				.querySelectorAll('section.compare-section')
				.map((s) => s.getAttribute('data-kind'));
			expect(kinds).toContain('added');
			expect(kinds).toContain('removed');
		}
	});
});

describe('change history', () => {
	it.each([
		['/muutokset/', ''],
		['/sv/muutokset/', '/sv'],
	])('%s lists every version of both documents, newest first, with compare links', (url, prefix) => {
		const p = page(url);
		const links = p.querySelectorAll('.change-history h3 a').map((a) => a.getAttribute('href'));
		for (const { slug, versions } of documents) {
			const current = links.indexOf(`${prefix}/${slug}/`);
			const older = links.indexOf(`${prefix}/${slug}/${versions[0]}/`);
			expect(current).toBeGreaterThanOrEqual(0);
			expect(older).toBeGreaterThan(current);
			expect(
				p.querySelector(`a[href="${prefix}/${slug}/vertaa/${versions[0]}/${versions[1]}/"]`),
				`${slug} compare link`,
			).not.toBeNull();
		}
		const dates = p
			.querySelectorAll('.change-history time')
			.map((t) => `${t.getAttribute('datetime')}-00-00`.slice(0, 10));
		expect(dates).toEqual([...dates].sort().reverse());
		expect(indexed(p)).toBe(true);
	});
});

describe.each([
	['fi', '/muutokset.xml', ''],
	['sv', '/sv/muutokset.xml', '/sv'],
])('Atom feed (%s)', (lang, feedUrl, prefix) => {
	const xml = readFileSync(join(distDir, feedUrl), 'utf8');
	const feed = parse(xml, { lowerCaseTagName: false });
	const entries = feed.querySelectorAll('entry');

	it('is an Atom feed in its language with its own absolute address', () => {
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
		expect(feed.querySelector('feed')?.getAttribute('xml:lang')).toBe(lang);
		expect(feed.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe(`${site}${feedUrl}`);
		expect(feed.querySelector('feed > id')?.text).toBe(`${site}${feedUrl}`);
		expect(feed.querySelector('feed > updated')?.text).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
	});

	it('announces every version of the roadmap and the plan, newest first, linking to built pages', () => {
		const links = entries.map((e) => e.querySelector('link[rel="alternate"]')?.getAttribute('href') ?? '');
		for (const { slug, versions } of documents) {
			for (const v of versions) expect(links).toContain(`${site}${prefix}/${slug}/${v}/`);
		}
		for (const href of [
			...links,
			...entries.map((e) => e.querySelector('link[rel="related"]')?.getAttribute('href')).filter(Boolean),
		]) {
			expect(href?.startsWith(`${site}/`)).toBe(true);
			expect(resolveInternal(new URL(href as string).pathname), href).not.toBeNull();
		}
		const updated = entries.map((e) => e.querySelector('updated')?.text ?? '');
		expect(updated).toEqual([...updated].sort().reverse());
		for (const e of entries) {
			expect(e.querySelector('id')?.text).toBeTruthy();
			expect(e.querySelector('title')?.text).toBeTruthy();
			expect(e.querySelector('summary')?.text).toBeTruthy();
		}
	});

	it('is advertised in the head of the pages of its language', () => {
		for (const url of [`${prefix}/`, `${prefix}/tiekartta/`, `${prefix}/tiekartta/vertaa/2023-03/2024-05/`]) {
			const link = page(url).querySelector('link[rel="alternate"][type="application/atom+xml"]');
			expect(link?.getAttribute('href')).toBe(feedUrl);
			expect(link?.getAttribute('title')).toBeTruthy();
		}
	});
});
