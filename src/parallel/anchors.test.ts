import { describe, expect, it } from 'vitest';
import { addCiteAnchors, blockAnchor, citedBlocks, normaliseText, textHash } from './anchors';

const doc = (paragraphs: string[]) =>
	`<div class="sl-heading-wrapper level-h2"><h2 id="rakenteet">Rakenteet</h2><a class="sl-anchor-link" href="#rakenteet"><span class="sr-only">Osio nimeltä “Rakenteet”</span></a></div>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}`;

describe('normaliseText and textHash', () => {
	it('ignore spacing, case, soft hyphens and Unicode composition', () => {
		const a = normaliseText('Järjestöt  ovat\nmukana.');
		expect(normaliseText(' järjes\u00adtöt ovat MUKANA. ')).toBe(a);
		expect(normaliseText('Ja\u0308rjesto\u0308t ovat mukana.')).toBe(a);
		expect(textHash(a)).toBe(textHash(normaliseText('JÄRJESTÖT OVAT MUKANA.')));
	});

	it('tell different words apart, in a fixed 7-character form', () => {
		const hashes = ['avustus', 'avustuksen', 'Avustus on haettava.', 'Avustus on haettava!', 'ä', 'a'].map((t) =>
			textHash(normaliseText(t)),
		);
		expect(new Set(hashes).size).toBe(hashes.length);
		expect(hashes.every((h) => /^[0-9a-z]{7}$/.test(h))).toBe(true);
		// FNV-1a of "a" (0xe40c292c), a known value: the hash is the documented one, not just any.
		expect(textHash('a')).toBe((0xe40c292c).toString(36).padStart(7, '0'));
	});

	it('put the section first', () => {
		expect(blockAnchor('rakenteet', 'Teksti')).toMatch(/^rakenteet-[0-9a-z]{7}$/);
		expect(blockAnchor('', 'Teksti')).toMatch(/^p-[0-9a-z]{7}$/);
	});
});

describe('citedBlocks', () => {
	it('keeps a paragraph’s anchor when other paragraphs change, are added or removed', () => {
		const v1 = citedBlocks(doc(['Ensimmäinen kappale.', 'Toinen kappale.', 'Kolmas kappale.']));
		const v2 = citedBlocks(doc(['Uusi alku.', 'Ensimmäinen kappale.', 'Kolmas kappale muuttui.', 'Toinen kappale.']));
		const anchorOf = (blocks: typeof v1, text: string) => blocks.find((b) => b.text === text)?.anchor;
		expect(anchorOf(v2, 'Ensimmäinen kappale.')).toBe(anchorOf(v1, 'Ensimmäinen kappale.'));
		expect(anchorOf(v2, 'Toinen kappale.')).toBe(anchorOf(v1, 'Toinen kappale.'));
		expect(anchorOf(v2, 'Kolmas kappale muuttui.')).not.toBe(anchorOf(v1, 'Kolmas kappale.'));
		expect(v1.every((b) => b.section === 'rakenteet' && b.anchor.startsWith('rakenteet-'))).toBe(true);
	});

	it('gives the same text twice in a section -2, and a new section starts its own count', () => {
		const html = `${doc(['Sama.', 'Sama.'])}<h3 id="tilat">Tilat</h3><p>Sama.</p>`;
		const anchors = citedBlocks(html).map((b) => b.anchor);
		const first = blockAnchor('rakenteet', 'Sama.');
		expect(anchors).toEqual([first, `${first}-2`, blockAnchor('tilat', 'Sama.')]);
	});

	it('reads list items without their nested lists, paragraphs in items as the item, tables by caption', () => {
		const html = `<h2 id="a">A</h2><ul><li><p>Ylempi kohta</p><ul><li>Alempi kohta</li></ul></li></ul>
<table><caption>Taulukko</caption><tr><td><p>Solu</p></td></tr></table><table><tr><td>Ei otsikkoa</td></tr></table>
<aside><p class="starlight-aside__title" aria-hidden="true">Huomio</p><div><p>Huomautus.</p></div></aside>`;
		expect(citedBlocks(html).map((b) => b.text)).toEqual([
			'Ylempi kohta',
			'Alempi kohta',
			'Taulukko Solu',
			'Huomautus.',
		]);
	});

	it('keeps an id a block already has, and reads headings through the column prefix', () => {
		const html = '<h2 id="fi-yhdyshenkilot">Yhdyshenkilöt</h2><ul><li id="fi-nimetty">Nimetty</li><li>Toinen</li></ul>';
		expect(citedBlocks(html, 'fi-').map((b) => b.anchor)).toEqual(['nimetty', blockAnchor('yhdyshenkilot', 'Toinen')]);
	});
});

describe('addCiteAnchors', () => {
	it('adds an id and a labelled cite link to each block and changes nothing else', () => {
		const html = doc(['Ensimmäinen <em>kappale</em>.', 'Toinen.']);
		const out = addCiteAnchors(html, { label: 'Linkki tähän kohtaan' });
		const a = blockAnchor('rakenteet', 'Ensimmäinen kappale.');
		expect(out).toContain(
			`<p id="${a}">Ensimmäinen <em>kappale</em>.<a class="cite-link" href="#${a}" data-pagefind-ignore><span aria-hidden="true">¶</span><span class="sr-only">Linkki tähän kohtaan</span></a></p>`,
		);
		expect(out.replace(/(?<=<p) id="[^"]*"|<a class="cite-link"[\s\S]*?<\/a>/g, '')).toBe(html);
	});

	it('in a column: prefixed ids, links to the document page, the link before a nested list', () => {
		const html = '<h2 id="sv-i-korthet">I korthet</h2><ul><li>Punkt<ul><li>Underpunkt</li></ul></li></ul>';
		const out = addCiteAnchors(html, { label: 'Länk', idPrefix: 'sv-', citeBase: '/sv/periaatteet/' });
		const a = blockAnchor('i-korthet', 'Punkt');
		expect(out).toContain(`<li id="sv-${a}">Punkt<a class="cite-link" href="/sv/periaatteet/#${a}"`);
		expect(out).toContain(`href="/sv/periaatteet/#${blockAnchor('i-korthet', 'Underpunkt')}"`);
	});

	it('puts a table’s link in its caption and escapes the label', () => {
		const out = addCiteAnchors('<table><caption>Mål</caption><tr><td>x</td></tr></table>', { label: 'a "b" & <c>' });
		expect(out).toMatch(
			/<caption>Mål<a class="cite-link" href="#p-[0-9a-z]{7}"[^>]*>.*a &quot;b&quot; &amp; &lt;c>.*<\/a><\/caption>/,
		);
	});
});
