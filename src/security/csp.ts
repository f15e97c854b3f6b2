/**
 * Content-Security-Policy for every page, as a <meta> element added to the built HTML.
 * Scripts: only same-origin files and the page's own inline scripts by SHA-256 hash (Starlight's
 * theme/search/sidebar scripts and Astro's island bootstrap) — no 'unsafe-inline'.
 * 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search. Pure string work, no DOM.
 * frame-ancestors cannot be set from a <meta>: the host sends it (public/_headers, README).
 */
import { createHash } from 'node:crypto';

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The text of every inline script (a script without src) in the HTML, in order. */
export function inlineScripts(html: string): string[] {
	const out: string[] = [];
	for (const m of html.matchAll(inlineScript)) {
		const attrs = m[1] ?? '';
		if (/\ssrc\s*=/.test(attrs)) continue;
		out.push(m[2] ?? '');
	}
	return out;
}

export function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for a page whose inline scripts are `scripts`. */
export function policyFor(scripts: readonly string[]): string {
	const hashes = [...new Set(scripts.map(sha256))].sort();
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		'upgrade-insecure-requests',
	].join('; ');
}

/**
 * Adds the CSP <meta> at the start of <head>, right after <meta charset> (which must stay within
 * the first 1024 bytes), before any script it governs.
 */
export function addCsp(html: string): string {
	if (!/<head\b[^>]*>/i.test(html) || /http-equiv="content-security-policy"/i.test(html)) return html;
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScripts(html))}">`;
	const charset = /<head\b[^>]*>\s*<meta charset="[^"]*"\s*\/?>/i;
	if (charset.test(html)) return html.replace(charset, (start) => `${start}${meta}`);
	return html.replace(/<head\b[^>]*>/i, (head) => `${head}${meta}`);
}
