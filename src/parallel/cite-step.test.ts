import { describe, expect, it } from 'vitest';
import { blockAnchor } from './anchors';
import { citeAnchorsStep } from './cite-step';

const page = (lang: string, body: string) =>
	`<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main>${body}</main></body></html>`;
const content = '<h2 id="lyhyesti">Lyhyesti</h2><p>Kappale.</p>';

describe('citeAnchorsStep', () => {
	it('leaves a page that is not a document as it is', () => {
		const html = page('fi', `<div class="sl-markdown-content">${content}</div>`);
		expect(citeAnchorsStep(html)).toBe(html);
	});

	it('anchors the text of a document page, not its status panel, in the page’s language', () => {
		const panel = '<section class="doc-meta" data-cite-page><p>Tila</p></section>';
		const out = citeAnchorsStep(page('sv', `${panel}<div class="sl-markdown-content">${content}</div>`));
		const a = blockAnchor('lyhyesti', 'Kappale.');
		expect(out).toContain(`<p id="${a}">Kappale.<a class="cite-link" href="#${a}"`);
		expect(out).toContain('Länk till det här stället');
		expect(out).toContain(panel);
	});

	it('anchors each parallel column with its prefix, language and document address', () => {
		const column = (lang: string, text: string) =>
			`<div class="parallel-text" lang="${lang}" data-cite-root data-cite-prefix="${lang}-" data-cite-base="/${lang}doc/"><h2 id="${lang}-lyhyesti">L</h2><p>${text}</p></div>`;
		const out = citeAnchorsStep(page('fi', `<p>Johdanto.</p>${column('sv', 'Stycke.')}${column('fi', 'Kappale.')}`));
		const sv = blockAnchor('lyhyesti', 'Stycke.');
		const fi = blockAnchor('lyhyesti', 'Kappale.');
		expect(out).toContain(`<p id="sv-${sv}">Stycke.<a class="cite-link" href="/svdoc/#${sv}"`);
		expect(out).toContain(`<p id="fi-${fi}">Kappale.<a class="cite-link" href="/fidoc/#${fi}"`);
		expect(out.indexOf('Länk till det här stället')).toBeLessThan(out.indexOf('Linkki tähän kohtaan'));
		expect(out).toContain('<p>Johdanto.</p>');
	});
});
