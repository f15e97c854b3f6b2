/**
 * Makes the markup that Starlight and Astro emit valid HTML (checked by tests/built/validity):
 * - `aria-hidden` is not allowed on <script> (Starlight puts it on two inline scripts);
 * - a <style> in <body> must come first in its parent: Astro's island style
 *   (`astro-island{display:contents}`) is moved into <head>.
 * Pure string work on the rendered page; used by src/middleware.ts.
 */
export function fixValidity(html: string): string {
	let out = html.replace(/<script aria-hidden="true">/g, '<script>');
	const bodyAt = out.search(/<body\b/i);
	if (bodyAt < 0) return out;
	const moved: string[] = [];
	const body = out.slice(bodyAt).replace(/<style>(astro-island,[^<]*)<\/style>/g, (_m, css: string) => {
		moved.push(`<style>${css}</style>`);
		return '';
	});
	out = out.slice(0, bodyAt) + body;
	return moved.length ? out.replace(/<\/head>/i, `${[...new Set(moved)].join('')}</head>`) : out;
}
