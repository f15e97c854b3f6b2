/**
 * Versioned documents in the built site: addresses of every version, canonical links and search
 * indexing, banners, the status panel's version list, the compare output for a known pair
 * (roadmap 2023-03 → 2024-05), the change history pages and the Atom feeds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { county } from '~/config/county';
import { fill } from '~/i18n/fill';
import fi from '../../content/i18n/fi.json';
import sv from '../../content/i18n/sv.json';
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

/**
 * Versioned documents with at least two versions, oldest first, and the version at the stable
 * address: the roadmap's approved version keeps it while the newer, only presented update is a
 * proposal; the plan has no approved version, so its newest is current.
 */
const documents = [
	{ slug: 'tiekartta', versions: ['2023-03', '2024-05'], current: '2023-03' },
	{ slug: 'toimeenpanosuunnitelma', versions: ['2023', '2024'], current: '2024' },
];

describe.each(['', '/sv'])('version routing (%s)', (prefix) => {
	it.each(documents)(
		'$slug: a stable address and a permanent address for every version',
		({ slug, versions, current }) => {
			const stable = page(`${prefix}/${slug}/`);
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
		},
	);

	it('gives single-file documents a permanent address too', () => {
		expect(existsSync(join(distDir, `${prefix}/periaatteet/2022-10-10/index.html`))).toBe(true);
	});
});

describe('banners', () => {
	it.each([
		['/toimeenpanosuunnitelma/2023/', '/toimeenpanosuunnitelma/', 'Vanha versio'],
		['/sv/toimeenpanosuunnitelma/2023/', '/sv/toimeenpanosuunnitelma/', 'Äldre version'],
	])('%s says it is an older version and links to the current one', (url, current, words) => {
		const banner = page(url).querySelector('.doc-banner[data-kind="old"]');
		expect(text(banner)).toContain(words);
		expect(banner?.querySelector('a')?.getAttribute('href')).toBe(current);
	});

	// The banner says what the sources say and no more: not that the text may still change.
	it.each([
		['/periaatteet/', 'Luonnos. Tätä versiota ei ole merkitty hyväksytyksi.'],
		['/sv/periaatteet/', 'Utkast. Den här versionen har inte markerats som godkänd.'],
		['/toimeenpanosuunnitelma/', 'Esitetty. Tätä versiota ei ole merkitty hyväksytyksi.'],
		['/sv/toimeenpanosuunnitelma/', 'Föredragen. Den här versionen har inte markerats som godkänd.'],
	])('%s: a current version that is not approved says so in words, and is not marked old', (url, words) => {
		const p = page(url);
		expect(text(p.querySelector('.doc-banner[data-kind="draft"]'))).toBe(words);
		expect(p.querySelector('.doc-banner[data-kind="old"]')).toBeNull();
	});

	it.each([
		['', 'Uudempi ehdotus', 'Hyväksytty'],
		['/sv', 'Nyare förslag', 'Godkänd'],
	])(
		'%s/tiekartta/: the approved text keeps the stable address and announces the newer proposal',
		(prefix, words, approved) => {
			const p = page(`${prefix}/tiekartta/`);
			expect(text(p.querySelector('.doc-meta .status'))).toBe(approved);
			expect(p.querySelector('.doc-banner[data-kind="draft"]')).toBeNull();
			const banner = p.querySelector('.doc-banner[data-kind="newer"]');
			expect(text(banner)).toContain(words);
			expect(text(banner)).toContain('2024-05');
			const links = banner?.querySelectorAll('a').map((a) => a.getAttribute('href'));
			expect(links).toEqual([`${prefix}/tiekartta/2024-05/`, `${prefix}/tiekartta/vertaa/2023-03/2024-05/`]);
		},
	);

	it.each([
		['', 'Ehdotus', 'Esitetty', 'Lähidemokratia- ja osallisuuslautakunta, 27.5.2024'],
		['/sv', 'Förslag', 'Föredragen', 'Nämnden för närdemokrati och delaktighet, 27.5.2024'],
	])(
		'%s/tiekartta/2024-05/: the proposal says so, what the source says about it, and links to the text in force',
		(prefix, words, status, presented) => {
			const p = page(`${prefix}/tiekartta/2024-05/`);
			const banner = p.querySelector('.doc-banner[data-kind="proposal"]');
			expect(text(banner)).toContain(words);
			expect(banner?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
				`${prefix}/tiekartta/`,
				`${prefix}/tiekartta/vertaa/2023-03/2024-05/`,
			]);
			expect(p.querySelector('.doc-banner[data-kind="old"]')).toBeNull();
			expect(p.querySelector('.doc-banner[data-kind="permanent"]')).toBeNull();
			expect(text(p.querySelector('.doc-meta .status'))).toBe(status);
			expect(text(p.querySelector('.doc-meta'))).toContain(presented);
			expect(canonical(p)).toBe(`${site}${prefix}/tiekartta/2024-05/`);
		},
	);

	it.each([
		['', fi],
		['/sv', sv],
	])('%s: the banners say what the language file says, with the versions filled in', (prefix, strings) => {
		const say = (key: keyof typeof sv, values: Record<string, string>) =>
			fill(strings[key].replaceAll('{{', '{').replaceAll('}}', '}'), values);
		const banner = (url: string, kind: string) => text(page(url).querySelector(`.doc-banner[data-kind="${kind}"]`));
		expect(banner(`${prefix}/toimeenpanosuunnitelma/2023/`, 'old')).toContain(
			say('doc.banner.oldText', { version: '2023' }),
		);
		expect(banner(`${prefix}/tiekartta/2024-05/`, 'proposal')).toContain(
			say('doc.banner.proposalText', { version: '2024-05', current: '2023-03' }),
		);
		const status = strings['doc.status.presented'].toLowerCase();
		expect(banner(`${prefix}/tiekartta/`, 'newer')).toContain(
			say('doc.banner.newerText', { version: '2024-05', status, current: '2023-03' }),
		);
	});

	it('no page calls a version superseded unless a later approved version replaced it', () => {
		for (const { slug, versions } of documents) {
			for (const v of versions) {
				for (const prefix of ['', '/sv']) {
					expect(text(page(`${prefix}/${slug}/${v}/`).querySelector('.doc-meta .status'))).not.toMatch(
						/Korvattu|Ersatt/,
					);
				}
			}
		}
	});

	it('the permanent copy of the current version names the stable address', () => {
		const banner = page('/sv/tiekartta/2023-03/').querySelector('.doc-banner[data-kind="permanent"]');
		expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/sv/tiekartta/');
	});
});

describe('status panel', () => {
	it('lists every version newest first with its change note, status and compare link', () => {
		const items = page('/tiekartta/').querySelectorAll('.doc-versions > li');
		expect(items.map((li) => li.getAttribute('data-version'))).toEqual(['2024-05', '2023-03']);
		expect(text(items[0])).toContain('(ehdotus)');
		expect(text(items[0])).toContain('Esitetty');
		expect(text(items[0])).toContain('seitsemän kohtaa on merkitty vuodelta 2023 siirtyneiksi');
		expect(text(items[1])).toContain('(nykyinen, tämä versio)');
		expect(text(items[1])).toContain('Hyväksytty');
		expect(items[0]?.querySelector('a[href="/tiekartta/vertaa/2023-03/2024-05/"]')).not.toBeNull();
		// The source says only "lautakunnassa": no committee is named.
		const approval = text(page('/tiekartta/').querySelector('.doc-meta'));
		expect(approval).toContain('Lautakunta (lähde ei nimeä lautakuntaa), maaliskuu 2023');
		expect(approval).not.toContain('osallisuuslautakunta, maaliskuu');
	});

	it("keeps a body's term of office out of the validity of the page that presents it", () => {
		for (const url of ['/jarjestoneuvottelukunta/', '/sv/jarjestoneuvottelukunta/']) {
			const terms = page(url)
				.querySelectorAll('.doc-meta > dl > div > dt')
				.map((dt) => text(dt));
			expect(terms).not.toContain('Voimassa');
			expect(terms).not.toContain('Gäller');
			// The version id is the term the presentation is about, not a date the source does not give.
			expect(text(page(url).querySelector('.doc-meta'))).not.toMatch(/kesäkuu 2025|juni 2025/);
		}
		// The former id's address still works and leads to the version.
		for (const [old, now] of <[string, string][]>[
			['/jarjestoneuvottelukunta/2025-06/', '/jarjestoneuvottelukunta/2025-2027/'],
			['/malli/2022-10-03/', '/malli/2022-09-20/'],
			['/sv/malli/2022-10-03/', '/sv/malli/2022-09-20/'],
		]) {
			const p = page(old);
			expect(p.querySelector(`main a[href="${now}"]`), old).not.toBeNull();
			expect(canonical(p)).toBe(`${site}${now}`);
			expect(indexed(p)).toBe(false);
		}
	});
});

describe('compare: roadmap 2023-03 → 2024-05', () => {
	const cases = [
		{
			url: '/tiekartta/vertaa/2023-03/2024-05/',
			added: 'Vuoden 2024 päivitys',
			removed: 'Ehdotus: vuoden 2024 päivitys',
			changed: 'Tiekartta vuosittain',
			unchanged: 'Visio',
			labels: ['Lisätty: ', 'Poistettu: '],
			moved: '(siirretty vuodelta 2023)',
		},
		{
			url: '/sv/tiekartta/vertaa/2023-03/2024-05/',
			added: 'Uppdateringen 2024',
			removed: 'Förslag: uppdateringen 2024',
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
		// Exact counts (issue 16): keeping only the first of consecutive changed blocks passed every
		// other check. Update these when a roadmap version's text changes.
		const count = (kind: string) => p.querySelectorAll(`li[data-change="${kind}"]`).length;
		expect({ changed: count('changed'), added: count('added'), removed: count('removed') }).toEqual({
			changed: 8,
			added: 29,
			removed: 5,
		});
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
		for (const { slug, versions, current } of documents) {
			// Newest first: each version links to where it is rendered (the current one to the stable address).
			const at = versions.map((v) => links.indexOf(v === current ? `${prefix}/${slug}/` : `${prefix}/${slug}/${v}/`));
			for (const i of at) expect(i).toBeGreaterThanOrEqual(0);
			expect(at).toEqual([...at].sort((a, b) => b - a));
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

describe('documents from different counties are not one history', () => {
	it.each([
		['', 'Järjestöyhteistyön neuvottelukunnan toimintasääntö', 'työstää toimintasäännön'],
		['/sv', 'Järjestöyhteistyön neuvottelukunnan toimintasääntö', 'työstää toimintasäännön'],
	])(
		'%s/jarjestoneuvottelukunta/: 000 and 004 are quoted apart, each with its source',
		(prefix, words004, words000) => {
			const p = page(`${prefix}/jarjestoneuvottelukunta/`);
			const items = p.querySelectorAll('main li');
			const item004 = items.find((li) => text(li).includes('15.4.2024'));
			expect(text(item004)).toContain(words004);
			expect(item004?.querySelector(`a[href="${prefix}/lahteet/#lahde-004"]`)).not.toBeNull();
			expect(item004?.querySelector('a[href$="/lahteet/#lahde-000"]')).toBeNull();
			const item000 = items.find((li) => text(li).includes(words000));
			expect(item000?.querySelector(`a[href="${prefix}/lahteet/#lahde-000"]`)).not.toBeNull();
			expect(text(item000)).not.toContain('15.4.2024');
			// The author and publication the council slides cite.
			expect(text(p.querySelector('main'))).toContain('Jorma Niemelä: Järjestöt Sote-Suomea rakentamassa');
		},
	);

	it("the plan names 004's body as the source does and does not link it to the council page", () => {
		for (const prefix of ['', '/sv']) {
			const item = page(`${prefix}/toimeenpanosuunnitelma/`)
				.querySelectorAll('main li')
				.find((li) => text(li).includes('15.4.2024'));
			expect(text(item)).toMatch(/järjestöyhteistyön neuvottelukun|delegationen för organisationssamarbete/i);
			expect(item?.querySelector('a[href$="/jarjestoneuvottelukunta/"]')).toBeNull();
		}
	});

	// 004's body ("järjestöyhteistyön neuvottelukunta") is another county's body: wherever a page
	// built on 004 names it, it is named as 004 names it (in Swedish: a gloss plus the Finnish name
	// marked lang="fi") and not joined to the council page, which presents 000/002's council.
	it.each([
		['', '/toimeenpanosuunnitelma/2023/'],
		['/sv', '/toimeenpanosuunnitelma/2023/'],
		['', '/tiekartta/2024-05/'],
		['/sv', '/tiekartta/2024-05/'],
	])("%s%s names 004's body as 004 does, without the council page", (prefix, path) => {
		const main = page(`${prefix}${path}`).querySelector('main');
		expect(main?.querySelector('a[href$="/jarjestoneuvottelukunta/"]')).toBeNull();
		if (prefix === '') {
			expect(text(main)).toMatch(/järjestöyhteistyön neuvottelukun/i);
			expect(text(main)).not.toMatch(/järjestöneuvottelukun/i);
		} else {
			expect(text(main)).toContain('delegationen för organisationssamarbete');
			expect(text(main)).not.toMatch(/organisationsdelegation/i);
			const names = (main?.querySelectorAll('span[lang="fi"]') ?? []).map((s) => text(s));
			expect(names).toContain('järjestöyhteistyön neuvottelukunta');
		}
	});

	// The principles (001) and the council (000, 002) come from different counties: the principles
	// page says so where it points to the council page instead of presenting them as one body.
	it.each([
		['', /toisen hyvinvointialueen/],
		['/sv', /ett annat välfärdsområdes/],
	])('%s/periaatteet/ says the council page comes from another county than 001', (prefix, otherCounty) => {
		const paragraph = page(`${prefix}/periaatteet/`)
			.querySelectorAll('main p')
			.find((p) => p.querySelector('a[href$="/jarjestoneuvottelukunta/"]'));
		expect(text(paragraph)).toMatch(otherCounty);
		expect(text(paragraph)).not.toMatch(/^(Katso myös|Se även)/);
		for (const id of ['000', '002', '001']) {
			expect(paragraph?.querySelector(`a[href="${prefix}/lahteet/#lahde-${id}"]`), id).not.toBeNull();
		}
	});
});
