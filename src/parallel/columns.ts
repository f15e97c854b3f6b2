/**
 * The parallel view's columns (docs/parallel-view.md): a rendered document is cut into sections at
 * its headings, the Finnish and Swedish sections are paired in order, and each column's ids are
 * given a language prefix so that both texts fit on one page. Pure string work, no DOM.
 */
import { type HTMLElement, NodeType, parse } from 'node-html-parser';

export interface TextSection {
	/** The level of the heading that starts the section (2–6), or 0 for text before the first heading. */
	level: number;
	/** The heading's id in the document page, or "" before the first heading. */
	id: string;
	html: string;
}

const headingOf = (el: HTMLElement): HTMLElement | undefined => {
	if (/^h[2-6]$/i.test(el.tagName)) return el;
	if (el.classList.contains('sl-heading-wrapper')) return el.querySelector('h2, h3, h4, h5, h6') ?? undefined;
	return undefined;
};

/** Cuts rendered document HTML into sections: a new one at each top-level heading. */
export function splitSections(html: string): TextSection[] {
	const root = parse(html, { comment: true });
	const starts: { at: number; level: number; id: string }[] = [];
	for (const node of root.childNodes) {
		if (node.nodeType !== NodeType.ELEMENT_NODE) continue;
		const heading = headingOf(node as HTMLElement);
		if (heading) {
			starts.push({ at: node.range[0], level: Number(heading.tagName[1]), id: heading.getAttribute('id') ?? '' });
		}
	}
	const sections: TextSection[] = [];
	const first = starts[0]?.at ?? html.length;
	if (html.slice(0, first).trim()) sections.push({ level: 0, id: '', html: html.slice(0, first) });
	starts.forEach((s, i) => {
		sections.push({ level: s.level, id: s.id, html: html.slice(s.at, starts[i + 1]?.at ?? html.length) });
	});
	return sections;
}

export interface SectionPair<T> {
	fi: T | undefined;
	sv: T | undefined;
	/** Both languages have a section here and their headings are at the same level. */
	matched: boolean;
}

/**
 * Pairs the Finnish and Swedish sections by order: the n-th section of one language with the n-th
 * of the other. A language with fewer sections leaves the other's last ones without a pair.
 */
export function pairSections<T extends { level: number }>(fi: readonly T[], sv: readonly T[]): SectionPair<T>[] {
	return Array.from({ length: Math.max(fi.length, sv.length) }, (_, i) => {
		const a = fi[i];
		const b = sv[i];
		return { fi: a, sv: b, matched: a !== undefined && b !== undefined && a.level === b.level };
	});
}

const idRefAttrs = ['for', 'headers', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns'];

/**
 * Prefixes every id of a fragment, and every reference to one of them (same-page links, labels,
 * aria references), so that two language versions of a page can share one page.
 */
export function prefixIds(html: string, prefix: string): string {
	const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
	const ref = (id: string): string => (ids.has(id) ? prefix + id : id);
	return html
		.replace(/(\sid=")([^"]+)"/g, (_m, start: string, id: string) => `${start}${prefix}${id}"`)
		.replace(/(\shref="#)([^"]*)"/g, (m, start: string, id: string) =>
			ids.has(decodeURIComponent(id)) ? `${start}${prefix}${id}"` : m,
		)
		.replace(
			new RegExp(`(\\s(?:${idRefAttrs.join('|')})=")([^"]+)"`, 'g'),
			(_m, start: string, value: string) => `${start}${value.split(/\s+/).map(ref).join(' ')}"`,
		);
}

/** Starlight's heading anchor links ("Osio nimeltä …"): the parallel view cites by paragraph instead. */
export function dropHeadingLinks(html: string): string {
	return html.replace(/<a class="sl-anchor-link"[\s\S]*?<\/a>/g, '');
}
