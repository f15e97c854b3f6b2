/**
 * Build-time middleware over every rendered HTML page:
 * - Swedish pages get Swedish Markdown chrome (src/i18n/localize-markdown.ts);
 * - Starlight's and Astro's markup is made valid HTML (src/html/validity.ts);
 * - every page gets its compound-split search words for Pagefind (src/search/add-search-terms.ts);
 * - last, every page gets its Content-Security-Policy with the hashes of its inline scripts
 *   (src/security/csp.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { fixValidity } from './html/validity';
import { localizeMarkdownChrome } from './i18n/localize-markdown';
import { addSearchTerms } from './search/add-search-terms';
import { addCsp } from './security/csp';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const html = await response.text();
	return new Response(addCsp(addSearchTerms(fixValidity(localizeMarkdownChrome(html)))), {
		status: response.status,
		headers: response.headers,
	});
});
