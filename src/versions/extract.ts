/**
 * The readable text of a rendered document, by section: what the compare pages diff. Works on the
 * HTML a version renders to (Markdown text and component-rendered facts alike). Pure: parses a
 * string, no DOM.
 *
 * - Each heading (h2–h6) starts a section; a section is known by its heading path
 *   ("Vuoden 2024 päivitys › Vuodelta 2023 siirtyneet kohdat").
 * - A section is a list of blocks: paragraphs, list items, definition terms and descriptions,
 *   captions, and table cells (one block per list item in a cell), each cell labelled with its row
 *   and column headers.
 * - Blocks say what they are (`kind`); a table cell carries its place (`slot`), and a cell that shows
 *   only a dash (its words are for screen readers only) is marked as a `placeholder`.
 * - Heading anchor links, aside titles, hidden (aria-hidden) text, scripts, styles and SVG are left
 *   out; visually hidden text meant for screen readers is kept.
 */
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';

export interface Block {
	/** What makes two blocks the same (text, and for table cells the row and column). */
	key: string;
	/** Where the block sits, for table cells: "row header · column header". */
	label?: string;
	text: string;
	/** What the block is: part of a table, a list item (a rule, a commitment), or running text. */
	kind?: 'table' | 'item' | 'text';
	/** For a table cell: its place (row and column position), the same in both versions. */
	slot?: string;
	/** An empty table cell's placeholder ("–", read as "no entry for this year"): not content. */
	placeholder?: true;
}

export interface Section {
	/** Normalised heading path; "" for text before the first heading. */
	key: string;
	/** Heading texts from the top level down; empty for text before the first heading. */
	path: string[];
	/** The id of the section's heading in the rendered page. */
	anchor?: string;
	blocks: Block[];
}

/** The text shown for a block: its label, then its text. */
export const blockText = (b: Block): string => (b.label ? `${b.label}: ${b.text}` : b.text);

const skipTags = new Set(['script', 'style', 'template', 'svg', 'noscript', 'button', 'input', 'select', 'textarea']);
const skipClasses = ['sl-anchor-link', 'starlight-aside__title'];
const blockTags = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'caption',
	'dd',
	'details',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'header',
	'hr',
	'legend',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'summary',
	'table',
	'ul',
	'starlight-tabs',
]);
const headingLevel = (tag: string): number => (/^h[1-6]$/.test(tag) ? Number(tag[1]) : 0);

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const keyOf = (s: string): string => squash(s).toLowerCase();

function isElement(n: Node): n is HTMLElement {
	return n.nodeType === NodeType.ELEMENT_NODE;
}

function skipped(el: HTMLElement): boolean {
	const tag = el.tagName?.toLowerCase() ?? '';
	return (
		skipTags.has(tag) ||
		el.getAttribute('aria-hidden') === 'true' ||
		el.hasAttribute('hidden') ||
		skipClasses.some((c) => el.classList.contains(c))
	);
}

/** Visible-or-spoken text of a node, hidden parts left out. */
export function textOf(node: Node): string {
	if (node.nodeType === NodeType.TEXT_NODE) return node.text;
	if (!isElement(node) || skipped(node)) return '';
	const tag = node.tagName?.toLowerCase() ?? '';
	if (tag === 'br') return ' ';
	const inner = node.childNodes.map(textOf).join('');
	return blockTags.has(tag) || headingLevel(tag) ? ` ${inner} ` : inner;
}

/** Text of a node as it is seen (screen-reader-only text left out). */
function visibleText(node: Node): string {
	if (node.nodeType === NodeType.TEXT_NODE) return node.text;
	if (!isElement(node) || node.classList.contains('sr-only')) return '';
	return node.childNodes.map(visibleText).join('');
}

/** A cell that shows only a dash (or nothing) and says its meaning to screen readers only. */
function isPlaceholder(cell: HTMLElement): boolean {
	return /^[\s\u2013\u2014-]*$/.test(visibleText(cell)) && squash(textOf(cell)) !== '';
}

/** Sections and blocks of a rendered HTML fragment. */
export function sectionsOfHtml(html: string): Section[] {
	const root = parse(html, { comment: false });
	const sections: Section[] = [{ key: '', path: [], blocks: [] }];
	const stack: { level: number; text: string }[] = [];
	let inline = '';
	/** Depth of list items (li, dt, dd) around the text being read. */
	let inItem = 0;

	const current = (): Section => sections.at(-1) as Section;
	const addBlock = (text: string, label?: string, key?: string, extra: Partial<Block> = {}) => {
		const t = squash(text);
		if (!t) return;
		const l = label ? squash(label) : undefined;
		const kind = extra.kind ?? (inItem > 0 ? 'item' : 'text');
		current().blocks.push({ key: key ?? keyOf(t), text: t, ...(l ? { label: l } : {}), ...extra, kind });
	};
	const flush = () => {
		addBlock(inline);
		inline = '';
	};
	const inTable = { kind: 'table' } as const;

	const table = (el: HTMLElement) => {
		const caption = el.querySelector('caption');
		if (caption) addBlock(textOf(caption), undefined, `caption\u0000${keyOf(textOf(caption))}`, inTable);
		const rows = el.querySelectorAll('tr');
		const headRows = rows.filter((r) => r.parentNode?.tagName?.toLowerCase() === 'thead');
		const columnHeaders = (headRows.at(-1)?.querySelectorAll('th, td') ?? []).map((c) => squash(textOf(c)));
		if (headRows.length) {
			for (const r of headRows) {
				const text = r
					.querySelectorAll('th, td')
					.map((c) => squash(textOf(c)))
					.join(' | ');
				addBlock(text, undefined, `thead\u0000${keyOf(text)}`, inTable);
			}
		}
		for (const row of rows.filter((r) => !headRows.includes(r))) {
			const cells = row.childNodes.filter(isElement).filter((c) => ['td', 'th'].includes(c.tagName.toLowerCase()));
			const first = cells[0];
			if (!first) continue;
			if (cells.length === 1) {
				addBlock(textOf(first), undefined, undefined, inTable);
				continue;
			}
			const firstIsHeader = first.tagName.toLowerCase() === 'th';
			const rowHeader = squash(textOf(first));
			const shortRowHeader = rowHeader.length > 80 ? `${rowHeader.slice(0, 77)}…` : rowHeader;
			cells.forEach((cell, i) => {
				if (i === 0 && firstIsHeader) return;
				const column = columnHeaders[i] ?? '';
				const label = i === 0 ? column : [shortRowHeader, column].filter(Boolean).join(' · ');
				const where = `${keyOf(rowHeader)}\u0000${i}`;
				const items = cell.querySelectorAll('li');
				const texts = items.length ? items.map(textOf) : [textOf(cell)];
				const extra = { ...inTable, slot: where, ...(isPlaceholder(cell) ? { placeholder: true as const } : {}) };
				for (const t of texts) addBlock(t, label, `${where}\u0000${keyOf(t)}`, extra);
			});
		}
	};

	const walk = (el: HTMLElement) => {
		for (const child of el.childNodes) {
			if (child.nodeType === NodeType.TEXT_NODE) {
				inline += child.text;
				continue;
			}
			if (!isElement(child) || skipped(child)) continue;
			const tag = child.tagName.toLowerCase();
			const level = headingLevel(tag);
			if (level) {
				flush();
				const text = squash(textOf(child));
				while (stack.length && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
				stack.push({ level, text });
				const path = stack.map((h) => h.text);
				const anchor = child.getAttribute('id');
				sections.push({ key: path.map(keyOf).join(' › '), path, blocks: [], ...(anchor ? { anchor } : {}) });
			} else if (tag === 'table') {
				flush();
				table(child);
			} else if (blockTags.has(tag) || child.querySelector('p, li, div, table, ul, ol, dl')) {
				const item = tag === 'li' || tag === 'dt' || tag === 'dd';
				flush();
				if (item) inItem++;
				walk(child);
				flush();
				if (item) inItem--;
			} else if (tag === 'br') {
				inline += ' ';
			} else {
				inline += textOf(child);
			}
		}
	};

	walk(root);
	flush();
	return sections.filter((s) => s.path.length > 0 || s.blocks.length > 0);
}
