/**
 * Adds the compound-split search words of a rendered page as Pagefind metadata
 * (`data-pagefind-meta="terms:…"`): the heads of its compounds and the names of the months it gives
 * dates in; and a hidden, weighted note of the synonyms of the words it uses. Works on the final HTML, so text rendered by components
 * from data counts as much as Markdown text. Only the page's <main> is read (not the sidebar).
 * Pure string work: no DOM.
 */
import type { Lang } from '~/i18n/lang';
import { compoundTerms, type SynonymUse, synonymUses } from './compound-terms';
import { monthTerms } from './month-terms';
import { searchTerms } from './search-terms';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Visible text of an HTML fragment: tags, scripts and styles removed, common entities decoded. */
export function textOfHtml(html: string): string {
	return html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (m, e: string) => {
			if (e[0] === '#') {
				const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
				return Number.isFinite(code) ? String.fromCodePoint(code) : m;
			}
			return entities[e.toLowerCase()] ?? m;
		});
}

/**
 * A hidden index note for a synonym ("bidrag (understöd): verksamhetsbidrag, …"). It is page text,
 * not metadata, because Pagefind ranks metadata without counting uses: the note is weighted by how
 * often the page uses the head (one tenth per use, at most 10), so "bidrag" ranks pages as
 * "understöd" does. The note is what a search result shows as its excerpt, so it reads as one.
 */
export function synonymNote({ head, synonym, uses, words }: SynonymUse): string {
	const weight = Math.min(10, Math.max(0.1, Math.round(uses) / 10));
	const compounds = words.filter((w) => w !== synonym);
	return `<span hidden data-pagefind-weight="${weight}">${synonym} (${head})${compounds.length ? `: ${compounds.join(', ')}` : ''}</span>`;
}

export function addSearchTerms(html: string): string {
	const lang: Lang | null = /<html[^>]*\slang="sv/i.test(html)
		? 'sv'
		: /<html[^>]*\slang="fi/i.test(html)
			? 'fi'
			: null;
	const main = html.match(/<main\b[\s\S]*<\/main>/i);
	if (!lang || !main) return html;
	const text = textOfHtml(main[0]);
	const terms = [...compoundTerms(text, lang, searchTerms), ...monthTerms(text, lang)];
	const synonyms = synonymUses(text, lang, searchTerms).map(synonymNote);
	if (terms.length === 0 && synonyms.length === 0) return html;
	const span =
		(terms.length ? `<span hidden data-pagefind-meta="terms:${terms.join(' ')}"></span>` : '') + synonyms.join('');
	return html.replace(/<\/main>/i, `${span}</main>`);
}
