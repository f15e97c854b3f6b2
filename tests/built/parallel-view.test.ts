/**
 * The parallel view in the built site (docs/parallel-view.md): every document and every version has
 * both parallel pages, each with both languages section by section, the page's language first; every
 * paragraph of a document page has an anchor, and the parallel view's cite links land on them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { type HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parallelPages } from '~/parallel/addresses';
import type { DocumentMeta } from '~/schema/document';
import { buildVersionIndex, type VersionSource } from '~/versions/model';
import { resolveInternal } from './dist';

const root = 'content/docs';

/** The documents as the build sees them, read from the MDX front matter (not from the build). */
function sources(dir = root): VersionSource[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return sources(full);
		const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(full, 'utf8'));
		const data = (yaml.load(m?.[1] ?? '') ?? {}) as { title: string; document?: DocumentMeta };
		if (!data.document) return [];
		const entryId = relative(root, full)
			.replace(/\.mdx?$/, '')
			.replace(/\/index$/, '');
		return [{ entryId, title: data.title, description: '', meta: data.document }];
	});
}

const pages = parallelPages(buildVersionIndex(sources()));
const cache = new Map<string, HTMLElement>();
function built(url: string): HTMLElement {
	const file = resolveInternal(url.split('#')[0] ?? url);
	if (!file) throw new Error(`${url} was not built`);
	const cached = cache.get(file) ?? parse(readFileSync(file, 'utf8'));
	cache.set(file, cached);
	return cached;
}
const cells = (p: HTMLElement) => p.querySelectorAll('.parallel-cell');
const headingTags = (cell: HTMLElement) => cell.querySelectorAll('h2, h3, h4, h5, h6').map((h) => h.tagName);

describe('parallel view pages', () => {
	it('cover every document in both languages, its current version and every version', () => {
		const docs = new Set(pages.map((p) => p.history.docId));
		expect([...docs].sort()).toEqual(
			['jarjestoneuvottelukunta', 'malli', 'periaatteet', 'tiekartta', 'toimeenpanosuunnitelma', 'vinkkilista'].sort(),
		);
		expect(pages.filter((p) => p.lang === 'fi').length).toBe(pages.filter((p) => p.lang === 'sv').length);
		expect(pages.map((p) => p.url)).toContain('/sv/tiekartta/2024-05/rinnakkain/');
	});

	it.each(pages.map((p) => [p.url, p] as const))('%s: both languages, section by section', (url, page) => {
		const html = built(url);
		expect(html.querySelector('html')?.getAttribute('lang')).toBe(page.lang);
		expect(html.querySelector('h1')?.text).toContain(page.versions[page.lang].title);
		const all = cells(html);
		expect(all.length).toBeGreaterThanOrEqual(4);
		const other = page.lang === 'fi' ? 'sv' : 'fi';
		// In document order the languages alternate, the page's own first: that is also the phone order.
		expect(all.map((c) => c.getAttribute('lang'))).toEqual(all.map((_, i) => (i % 2 === 0 ? page.lang : other)));
		for (let i = 0; i < all.length; i += 2) {
			const [a, b] = [all[i], all[i + 1]] as [HTMLElement, HTMLElement];
			expect(a.querySelector('.parallel-text')?.text.trim()).not.toBe('');
			expect(b.querySelector('.parallel-text')?.text.trim()).not.toBe('');
			expect(headingTags(a)).toEqual(headingTags(b));
		}
		// Not in the search index (the texts are on the document pages), and a way back.
		expect(html.querySelector('[data-pagefind-body]')).toBeNull();
		const back = page.isStable ? page.versions[page.lang].url : page.versions[page.lang].permalink;
		expect(html.querySelector(`main a[href="${back}"]`)).not.toBeNull();
	});

	it.each(pages.map((p) => [p.url, p] as const))('%s: cite links land on the document page’s anchors', (url, page) => {
		const html = built(url);
		for (const lang of ['fi', 'sv'] as const) {
			const links = html
				.querySelectorAll(`.parallel-cell[lang="${lang}"] .cite-link`)
				.map((a) => a.getAttribute('href') ?? '');
			const docPage = built(page.citeBase[lang]);
			const docLinks = docPage.querySelectorAll('.sl-markdown-content .cite-link');
			expect(links.length).toBe(docLinks.length);
			for (const href of links) {
				const [path, id] = href.split('#') as [string, string];
				expect(path).toBe(page.citeBase[lang]);
				expect(docPage.getElementById(decodeURIComponent(id)), href).not.toBeNull();
			}
		}
	});
});

describe('document pages', () => {
	it.each(pages.filter((p) => p.isStable).map((p) => [p.url, p] as const))(
		'%s is linked from its document page, whose paragraphs all have anchors',
		(url, page) => {
			const doc = built(page.versions[page.lang].url);
			expect(doc.querySelector(`.doc-meta a[href="${url}"]`)).not.toBeNull();
			const content = doc.querySelector('.sl-markdown-content');
			const paragraphs = content?.querySelectorAll('p:not(.starlight-aside__title)') ?? [];
			const outside = paragraphs.filter((p) => !p.closest('li, dd, dt, td, th, caption'));
			expect(outside.length).toBeGreaterThan(0);
			for (const p of outside) expect(p.getAttribute('id'), p.text.slice(0, 60)).toBeTruthy();
		},
	);

	it('keeps a paragraph’s anchor in the next version when its text stays', () => {
		const ids = (url: string) =>
			new Set(
				built(url)
					.querySelectorAll('.sl-markdown-content [id] > .cite-link')
					.map((a) => a.getAttribute('href')),
			);
		for (const [older, newer] of [
			['/tiekartta/2023-03/', '/tiekartta/2024-05/'],
			['/sv/tiekartta/2023-03/', '/sv/tiekartta/2024-05/'],
		] as const) {
			const shared = [...ids(older)].filter((id) => ids(newer).has(id));
			expect(shared.length, `${older} → ${newer}`).toBeGreaterThan(0);
			expect(shared.length).toBeLessThan(ids(older).size);
		}
	});
});
