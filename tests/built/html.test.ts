/**
 * Checks on every built page: language matches the path, title, meta description, one h1,
 * every internal link and #anchor resolves, nothing is loaded from another origin.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { inlineScripts, sha256 } from '~/security/csp';
import { hiddenMeta } from '~/site-search/keys';
import { type BuiltPage, builtPages, resolveInternal } from './dist';

const pages = builtPages();
const idsCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
	let ids = idsCache.get(file);
	if (!ids) {
		const root = parse(readFileSync(file, 'utf8'));
		ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
		for (const a of root.querySelectorAll('a[name]')) ids.add(a.getAttribute('name') ?? '');
		idsCache.set(file, ids);
	}
	return ids;
}

function expectedLang(page: BuiltPage): string {
	return page.url.startsWith('/sv/') ? 'sv' : 'fi';
}

describe('built HTML', () => {
	it('has pages in both languages', () => {
		expect(pages.filter((p) => p.url.startsWith('/sv/')).length).toBeGreaterThan(5);
		expect(pages.filter((p) => !p.url.startsWith('/sv/')).length).toBeGreaterThan(5);
	});

	it('gives Pagefind only index-only metadata, which a search result never shows', () => {
		// Any other key would appear in the results as a tag ("Months: tammikuu …" once did).
		const keys = new Set(
			pages.flatMap((p) =>
				p.root
					.querySelectorAll('[data-pagefind-meta]')
					.map((el) => el.getAttribute('data-pagefind-meta')?.split(':')[0]),
			),
		);
		expect(keys.size).toBeGreaterThan(0);
		expect([...keys].filter((k) => !k || !hiddenMeta.includes(k))).toEqual([]);
	});

	describe.each(pages.map((p) => [p.url, p] as const))('%s', (_url, page) => {
		it('declares the language of its path', () => {
			expect(page.root.querySelector('html')?.getAttribute('lang')).toBe(expectedLang(page));
		});

		it('has a title, a meta description and exactly one h1', () => {
			expect(page.root.querySelector('title')?.text.trim()).toBeTruthy();
			expect(page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
			expect(page.root.querySelectorAll('h1')).toHaveLength(1);
		});

		it('links only to internal pages and anchors that exist', () => {
			const broken: string[] = [];
			for (const a of page.root.querySelectorAll('a[href]')) {
				const href = a.getAttribute('href') ?? '';
				if (/^(https?:|mailto:|tel:)/i.test(href)) continue;
				const url = new URL(href, `http://site${page.url}`);
				if (url.host !== 'site') continue;
				const target = url.pathname === page.url ? page.file : resolveInternal(url.pathname);
				if (!target) {
					broken.push(href);
					continue;
				}
				const hash = decodeURIComponent(url.hash.slice(1));
				if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) broken.push(href);
			}
			expect(broken).toEqual([]);
		});

		it('has a CSP that allows its inline scripts by hash only', () => {
			const policy =
				page.root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
			const scriptSrc = policy.match(/script-src[^;]*/)?.[0] ?? '';
			expect(scriptSrc).toMatch(/^script-src 'self'/);
			expect(scriptSrc).not.toContain('unsafe-inline');
			for (const script of inlineScripts(page.html)) expect(scriptSrc).toContain(sha256(script));
		});

		it('loads nothing from another origin', () => {
			const external: string[] = [];
			const loaded = page.root.querySelectorAll(
				'script[src], img[src], iframe[src], source[src], audio[src], video[src], link[rel~="stylesheet"], link[rel~="preload"], link[rel~="icon"], link[rel~="modulepreload"], link[rel~="manifest"]',
			);
			for (const el of loaded) {
				const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
				if (/^(https?:)?\/\//i.test(ref)) external.push(ref);
			}
			for (const el of page.root.querySelectorAll('[srcset]')) {
				if (/(https?:)?\/\//i.test(el.getAttribute('srcset') ?? '')) external.push(el.getAttribute('srcset') ?? '');
			}
			for (const m of page.html.matchAll(/url\(\s*['"]?((https?:)?\/\/[^'")]+)/gi)) external.push(m[1] ?? '');
			for (const m of page.html.matchAll(/@import\s+['"]((https?:)?\/\/[^'"]+)/gi)) external.push(m[1] ?? '');
			expect(external).toEqual([]);
		});
	});
});
