/**
 * Adds the compound-split search words of a rendered page as Pagefind metadata
 * (`data-pagefind-meta="terms:…"`). Works on the final HTML, so text rendered by components
 * from data counts as much as Markdown text. Only the page's <main> is read (not the sidebar).
 * Pure string work: no DOM.
 */
import heads from '../../content/data/search-terms.json';
import { compoundTerms, type SearchLang } from './compound-terms';

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

export function addSearchTerms(html: string): string {
	const lang = /<html[^>]*\slang="sv/i.test(html) ? 'sv' : /<html[^>]*\slang="fi/i.test(html) ? 'fi' : null;
	const main = html.match(/<main\b[\s\S]*<\/main>/i);
	if (!lang || !main) return html;
	const terms = compoundTerms(textOfHtml(main[0]), lang as SearchLang, heads);
	if (terms.length === 0) return html;
	const span = `<span hidden data-pagefind-meta="terms:${terms.join(' ')}"></span>`;
	return html.replace(/<\/main>/i, `${span}</main>`);
}
