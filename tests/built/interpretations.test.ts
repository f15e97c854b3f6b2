/**
 * The interpretation register in the built site: every entry has its anchor on the sources page
 * in both languages, names a listed source there, quotes the source's words marked Finnish on the
 * Swedish page, links to the pages it concerns, and each of those pages links back to it.
 */
import { readFileSync } from 'node:fs';
import { type HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { interpretationAnchor, interpretationHref, interpretations } from '~/data/interpretations';
import { sources } from '~/data/sources';
import { resolveInternal } from './dist';

function page(url: string): HTMLElement {
	const file = resolveInternal(url);
	if (!file) throw new Error(`${url} was not built`);
	return parse(readFileSync(file, 'utf8'));
}

const langs = [
	{ lang: 'fi', prefix: '', group: 'tulkinnat' },
	{ lang: 'sv', prefix: '/sv', group: 'tolkningar' },
] as const;

describe.each(langs)('interpretation register ($lang)', ({ lang, prefix, group }) => {
	const register = page(`${prefix}/lahteet/`);

	it('has entries', () => {
		expect(interpretations.length).toBeGreaterThan(0);
	});

	it('groups the entries under the source they point to, which is listed on the page', () => {
		for (const e of interpretations) {
			const item = register.getElementById(interpretationAnchor(e.id, lang));
			expect(item, `#${interpretationAnchor(e.id, lang)} on ${prefix}/lahteet/`).not.toBeNull();
			const section = item?.closest('section');
			expect(section?.querySelector('h3')?.id, e.id).toBe(`${group}-${e.source}`);
			expect(section?.querySelector(`h3 a[href="#lahde-${e.source}"]`), e.id).not.toBeNull();
			expect(register.getElementById(`lahde-${e.source}`), `source ${e.source}`).not.toBeNull();
			expect(item?.text.replace(/\s+/g, ' '), e.id).toContain(e.sourceWords);
		}
	});

	it('has a group for every source', () => {
		for (const s of sources) expect(register.getElementById(`${group}-${s.id}`), s.id).not.toBeNull();
	});

	it(`marks the source's words ${lang === 'sv' ? 'as Finnish' : 'in the page language'}`, () => {
		for (const e of interpretations) {
			const q = register.getElementById(interpretationAnchor(e.id, lang))?.querySelector('q');
			expect(q?.getAttribute('lang'), e.id).toBe(lang === 'sv' ? 'fi' : undefined);
		}
	});

	it('links each entry to the pages it concerns, and each page links back to the entry', () => {
		for (const e of interpretations) {
			const item = register.getElementById(interpretationAnchor(e.id, lang));
			const links = (item?.querySelectorAll('dd li a') ?? []).map((a) => a.getAttribute('href'));
			expect(links, e.id).toEqual(e.pages.map((p) => `${prefix}${p}`));
			for (const p of e.pages) {
				const back = page(`${prefix}${p}`).querySelector(`a[href="${interpretationHref(e.id, lang)}"]`);
				expect(back, `${prefix}${p} → ${e.id}`).not.toBeNull();
			}
		}
	});
});
