/**
 * The build-time HTML steps (docs/adr/0003): every rendered HTML page passes through these pure
 * string functions, in this order (src/middleware.ts). A new site-wide rule is a new step here.
 */
import { localizeMarkdownChrome } from '~/i18n/localize-markdown';
import { citeAnchorsStep } from '~/parallel/cite-step';
import { addSearchTerms } from '~/search/add-search-terms';
import { addCsp } from '~/security/csp';
import { fixValidity } from './validity';

export type HtmlStep = (html: string) => string;

export const htmlSteps: readonly (readonly [name: string, step: HtmlStep])[] = [
	['Swedish Markdown chrome on Swedish pages', localizeMarkdownChrome],
	["valid HTML from Starlight's and Astro's markup", fixValidity],
	['compound-split search words for Pagefind', addSearchTerms],
	// After the search words, so that the cite links' labels are not read as page text.
	['citable anchors on every paragraph of a document', citeAnchorsStep],
	// Last: the policy hashes the inline scripts as the earlier steps left them.
	['Content-Security-Policy with the hashes of the inline scripts', addCsp],
];

/** A page's HTML after every step. */
export function processHtml(html: string): string {
	return htmlSteps.reduce((page, [, step]) => step(page), html);
}
