/**
 * The build-time HTML step that makes documents citable (src/html/steps.ts, docs/parallel-view.md):
 * - on a document page (its status panel carries `data-cite-page`), every block of the page's text
 *   (`.sl-markdown-content`) gets its anchor and a cite link to it;
 * - in the parallel view, every column (`data-cite-root`) gets the same anchors, with the column's
 *   id prefix (`data-cite-prefix`), its cite links pointing to the document page (`data-cite-base`).
 * Other pages pass unchanged. Pure string work; the cite link's words follow the `lang` around it.
 */
import { type HTMLElement, parse } from 'node-html-parser';
import type { Lang } from '~/i18n/lang';
import { addCiteAnchors } from './anchors';
import { parallelText } from './texts';

const langOf = (value: string | undefined): Lang => (value?.toLowerCase().startsWith('sv') ? 'sv' : 'fi');

/** The start and end of an element's content in the page's text. */
function innerRange(html: string, el: HTMLElement): [number, number] | undefined {
	const [start, end] = el.range;
	const open = html.indexOf('>', start) + 1;
	const close = html.lastIndexOf('</', end);
	return open > 0 && close >= open ? [open, close] : undefined;
}

export function citeAnchorsStep(html: string): string {
	const isDocument = html.includes('data-cite-page');
	if (!isDocument && !html.includes('data-cite-root')) return html;
	const root = parse(html, { comment: true });
	const pageLang = langOf(root.querySelector('html')?.getAttribute('lang'));
	const regions: { range: [number, number]; lang: Lang; idPrefix: string; citeBase: string }[] = [];
	for (const el of root.querySelectorAll('[data-cite-root]')) {
		const range = innerRange(html, el);
		if (!range) continue;
		regions.push({
			range,
			lang: langOf(el.getAttribute('lang') ?? pageLang),
			idPrefix: el.getAttribute('data-cite-prefix') ?? '',
			citeBase: el.getAttribute('data-cite-base') ?? '',
		});
	}
	const content = isDocument ? root.querySelector('.sl-markdown-content') : null;
	const contentRange = content && innerRange(html, content);
	if (contentRange && regions.length === 0) {
		regions.push({ range: contentRange, lang: pageLang, idPrefix: '', citeBase: '' });
	}
	let out = html;
	for (const { range, lang, idPrefix, citeBase } of regions.sort((a, b) => b.range[0] - a.range[0])) {
		const [start, end] = range;
		const anchored = addCiteAnchors(out.slice(start, end), {
			label: parallelText('citeLabel', lang),
			idPrefix,
			citeBase,
		});
		out = out.slice(0, start) + anchored + out.slice(end);
	}
	return out;
}
