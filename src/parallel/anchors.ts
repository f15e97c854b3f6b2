/**
 * Citable anchors for every paragraph of a document (docs/parallel-view.md). Pure string work on
 * rendered HTML: the fragment is parsed only to find where things are, and ids and "cite" links are
 * spliced into the original text, so everything else stays byte for byte as it was.
 *
 * The rule: a block's anchor is `<section>-<hash>`, where <section> is the id of the heading the
 * block is under (or "p" before the first heading) and <hash> is a short hash of the block's
 * normalised text. A paragraph keeps its anchor in a later version as long as its words and its
 * section heading stay the same, whatever happens to the paragraphs around it. The same text twice
 * in one section gets "-2", "-3"… in order. A block that already has an id (a checklist item) keeps it.
 *
 * Blocks: paragraphs, list items, definition terms and descriptions, and tables (by their caption).
 * A paragraph inside a list item or a table belongs to it; an aside's title is not a block.
 */
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { textOf } from '~/versions/extract';

export interface CiteOptions {
	/** The accessible name of each cite link (in the language of the text around it). */
	label: string;
	/** Put before every new id, and taken off heading ids when reading a section's id ("fi-"). */
	idPrefix?: string;
	/** Where the cite links point: "" for this page, or the document page the block is cited from. */
	citeBase?: string;
}

/** One anchored block: its anchor (without prefix) and the section it is in. */
export interface CitedBlock {
	anchor: string;
	section: string;
	text: string;
}

/** Text as it is compared: Unicode NFC, soft hyphens and zero-width spaces out, spacing and case ignored. */
export function normaliseText(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** FNV-1a (32 bits) of the text's UTF-8 bytes, in base 36, 7 characters. */
export function textHash(text: string): string {
	let h = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		h ^= byte;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36).padStart(7, '0');
}

/** The anchor of a block: section id, then the hash of its normalised text. */
export function blockAnchor(section: string, text: string): string {
	return `${section || 'p'}-${textHash(normaliseText(text))}`;
}

const itemTags = new Set(['li', 'dt', 'dd']);
/** Inside a list item, text from here on belongs to blocks of their own (or to none). */
const nestedBlockTags = new Set(['ul', 'ol', 'dl', 'table', 'div', 'blockquote', 'figure']);

const isElement = (n: Node): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE;
const tagOf = (el: HTMLElement): string => el.tagName?.toLowerCase() ?? '';

/** The block's own text: nested lists, tables and the like left out (they are blocks of their own). */
function ownText(el: HTMLElement): string {
	if (!itemTags.has(tagOf(el))) return textOf(el);
	return el.childNodes.map((c) => (isElement(c) && nestedBlockTags.has(tagOf(c)) ? ' ' : textOf(c))).join('');
}

interface Insertion {
	at: number;
	text: string;
}

/** Where the cite link goes: at the end of the block's own text. */
function linkPosition(html: string, el: HTMLElement): number | undefined {
	const tag = tagOf(el);
	const closeAt = (e: HTMLElement): number | undefined => {
		const close = `</${tagOf(e)}>`;
		const [, end] = e.range;
		return html.slice(end - close.length, end).toLowerCase() === close ? end - close.length : undefined;
	};
	if (tag === 'table') {
		const caption = el.childNodes.find((c): c is HTMLElement => isElement(c) && tagOf(c) === 'caption');
		return caption ? closeAt(caption) : undefined;
	}
	if (itemTags.has(tag)) {
		const children = el.childNodes.filter(isElement);
		const nested = children.find((c) => nestedBlockTags.has(tagOf(c)));
		if (nested) return nested.range[0];
		const last = children.at(-1);
		if (last && tagOf(last) === 'p' && !html.slice(last.range[1], closeAt(el)).trim()) return closeAt(last);
	}
	return closeAt(el);
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A cite link: a pilcrow seen, the label heard; left out of search. */
export function citeLink(href: string, label: string): string {
	return `<a class="cite-link" href="${escapeAttr(href)}" data-pagefind-ignore><span aria-hidden="true">¶</span><span class="sr-only">${escapeAttr(label)}</span></a>`;
}

/** The blocks of an HTML fragment with their anchors, and where to put ids and links. */
function findBlocks(html: string, idPrefix: string): { block: CitedBlock; el: HTMLElement; hasId: boolean }[] {
	const found: { block: CitedBlock; el: HTMLElement; hasId: boolean }[] = [];
	let section = '';
	const seen = new Map<string, number>();
	const strip = (id: string): string => (idPrefix && id.startsWith(idPrefix) ? id.slice(idPrefix.length) : id);

	const add = (el: HTMLElement) => {
		const text = ownText(el);
		if (!normaliseText(text)) return;
		const existing = el.getAttribute('id');
		let anchor = existing ? strip(existing) : blockAnchor(section, text);
		if (!existing) {
			const n = (seen.get(anchor) ?? 0) + 1;
			seen.set(anchor, n);
			if (n > 1) anchor = `${anchor}-${n}`;
		}
		found.push({ block: { anchor, section, text: text.replace(/\s+/g, ' ').trim() }, el, hasId: Boolean(existing) });
	};

	const walk = (el: HTMLElement, inItem: boolean) => {
		for (const child of el.childNodes) {
			if (!isElement(child)) continue;
			const tag = tagOf(child);
			if (/^h[2-6]$/.test(tag)) {
				section = strip(child.getAttribute('id') ?? section);
			} else if (tag === 'table') {
				if (child.querySelector('caption')) add(child);
			} else if (itemTags.has(tag)) {
				add(child);
				walk(child, true);
			} else if (tag === 'p') {
				if (!inItem && !child.classList.contains('starlight-aside__title')) add(child);
			} else if (!['script', 'style', 'template', 'svg', 'nav'].includes(tag)) {
				walk(child, inItem);
			}
		}
	};
	walk(parse(html, { comment: true }), false);
	return found;
}

/** The anchored blocks of a fragment, in order (what a page's anchors will be). */
export function citedBlocks(html: string, idPrefix = ''): CitedBlock[] {
	return findBlocks(html, idPrefix).map((f) => f.block);
}

/** Gives every block of an HTML fragment its anchor (an id) and a cite link to it. */
export function addCiteAnchors(html: string, options: CiteOptions): string {
	const { label, idPrefix = '', citeBase = '' } = options;
	const insertions: Insertion[] = [];
	for (const { block, el, hasId } of findBlocks(html, idPrefix)) {
		const at = linkPosition(html, el);
		if (at === undefined) continue;
		if (!hasId) {
			insertions.push({ at: el.range[0] + 1 + tagOf(el).length, text: ` id="${escapeAttr(idPrefix + block.anchor)}"` });
		}
		insertions.push({ at, text: citeLink(`${citeBase}#${block.anchor}`, label) });
	}
	let out = html;
	for (const { at, text } of insertions.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
	return out;
}
