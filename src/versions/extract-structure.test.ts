/**
 * The reader of rendered HTML (./extract.ts) element by element: which elements are blocks and
 * which are left out, what kind each block is, the keys and places of table cells in tables of
 * every shape, and text left before a heading, a table or the end. The everyday page is in
 * ./extract.test.ts.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { blockText, sectionsOfHtml, textOf } from './extract';

const blocksOf = (html: string) => sectionsOfHtml(html).flatMap((s) => s.blocks);
const textsOf = (html: string) => blocksOf(html).map(blockText);

describe('blocks and inline text', () => {
	const blockTags = [
		'address',
		'article',
		'aside',
		'blockquote',
		'caption',
		'details',
		'div',
		'fieldset',
		'figcaption',
		'figure',
		'footer',
		'form',
		'header',
		'legend',
		'main',
		'nav',
		'ol',
		'p',
		'pre',
		'section',
		'summary',
		'ul',
		'starlight-tabs',
	];

	it.each(blockTags)('<%s> is a block of its own, apart from the text around it', (tag) => {
		expect(textsOf(`Ennen<${tag}>Sisällä</${tag}>Jälkeen`)).toEqual(['Ennen', 'Sisällä', 'Jälkeen']);
	});

	it('a rule (<hr>) separates the text around it', () => {
		expect(textsOf('Ennen<hr>Jälkeen')).toEqual(['Ennen', 'Jälkeen']);
	});

	it('an inline element that holds blocks is read block by block', () => {
		expect(textsOf('<span><p>Yksi</p><p>Kaksi</p></span>')).toEqual(['Yksi', 'Kaksi']);
		expect(textsOf('<a href="/x/"><div>Linkki</div></a>Teksti')).toEqual(['Linkki', 'Teksti']);
	});

	it('keeps text before a heading, before a table and at the end in a block of its own', () => {
		const sections = sectionsOfHtml('Alku<h2>Otsikko</h2>Teksti<table><tr><td>Solu</td></tr></table>Loppu');
		expect(sections.map((s) => [s.key, s.blocks.map(blockText)])).toEqual([
			['', ['Alku']],
			['otsikko', ['Teksti', 'Solu', 'Loppu']],
		]);
	});

	it('keeps a heading with nothing under it', () => {
		expect(sectionsOfHtml('<h2>Tyhjä</h2><h2>Toinen</h2><p>x</p>').map((s) => s.path)).toEqual([['Tyhjä'], ['Toinen']]);
	});

	it('reads h1 and h6 as headings, and no element merely named like one', () => {
		expect(sectionsOfHtml('<h1>Yksi</h1><h6>Kuusi</h6><p>x</p>').map((s) => s.path)).toEqual([
			['Yksi'],
			['Yksi', 'Kuusi'],
		]);
		expect(sectionsOfHtml('<h2-note>Huom</h2-note><x-h2>Ei</x-h2><a1-h2>Ei</a1-h2>').map((s) => s.key)).toEqual(['']);
	});

	it('reads a line break in a heading as a space', () => {
		expect(sectionsOfHtml('<h2>Vuoden<br>2024 päivitys</h2>')[0]?.path).toEqual(['Vuoden 2024 päivitys']);
	});

	it('says what each block is: a list item (li, dt, dd) or running text', () => {
		const blocks = blocksOf('<p>Kappale</p><ul><li>Kohta</li></ul><dl><dt>Termi</dt><dd>Selitys</dd></dl><p>Loppu</p>');
		expect(blocks.map((b) => [b.text, b.kind])).toEqual([
			['Kappale', 'text'],
			['Kohta', 'item'],
			['Termi', 'item'],
			['Selitys', 'item'],
			['Loppu', 'text'],
		]);
	});
});

describe('what is left out', () => {
	it('leaves out controls, templates, scripts for no-JS and pictures, and hidden elements', () => {
		expect(
			textsOf(`<p>Teksti <button>Kopioi</button><select><option>Valinta</option></select><textarea>Kenttä</textarea>
			<input value="arvo"><template><p>Malli</p></template><noscript>Ota JavaScript käyttöön</noscript>
			<svg><title>Kuvake</title></svg>jatkuu</p><p hidden>Piilotettu</p><div hidden><p>Myös piilossa</p></div>`),
		).toEqual(['Teksti jatkuu']);
	});

	it('reads the text of a whole document (the root has no tag name)', () => {
		expect(textOf(parse('<p>Yksi</p><p>Kaksi</p>')).replace(/\s+/g, ' ').trim()).toBe('Yksi Kaksi');
	});
});

describe('tables of every shape', () => {
	it('keys a caption, a header row and each cell by what it is and where it is', () => {
		const blocks = blocksOf(`<table><caption>Otsikko</caption>
			<thead><tr><th>Rivi</th><th>Sarake</th></tr></thead>
			<tbody><tr><th>R1</th><td>A</td></tr></tbody></table>`);
		expect(blocks.map((b) => [b.key, b.slot, b.label, b.text])).toEqual([
			['caption\u0000otsikko', undefined, undefined, 'Otsikko'],
			['thead\u0000rivi | sarake', undefined, undefined, 'Rivi | Sarake'],
			['r1\u00001\u0000a', 'r1\u00001', 'R1 · Sarake', 'A'],
		]);
	});

	it('reads a table without a header row: cells are labelled by their row header only', () => {
		const blocks = blocksOf(`<table>
			<tr>
				<th>R1</th>
				<td>A</td>
			</tr>
			<tr></tr>
		</table>`);
		expect(blocks.map((b) => [b.label, b.text])).toEqual([['R1', 'A']]);
	});

	it('labels cells of a row that starts with a data cell by their column, and a cell past the last header by its row', () => {
		const blocks = blocksOf(`<table><thead><tr><th>Nimi</th><th>Arvo</th></tr></thead>
			<tbody><tr><td>Eka</td><td>1</td><td>Ylimääräinen</td></tr></tbody></table>`);
		expect(blocks.slice(1).map((b) => [b.label, b.text, b.slot])).toEqual([
			['Nimi', 'Eka', 'eka\u00000'],
			['Eka · Arvo', '1', 'eka\u00001'],
			['Eka', 'Ylimääräinen', 'eka\u00002'],
		]);
	});

	it('shortens a row header of more than 80 characters in labels (to 77 and an ellipsis)', () => {
		const header = (n: number) => 'x'.repeat(n);
		const label = (n: number) =>
			blocksOf(`<table><thead><tr><th>R</th><th>S</th></tr></thead><tr><th>${header(n)}</th><td>A</td></tr></table>`)[1]
				?.label;
		expect(label(80)).toBe(`${header(80)} · S`);
		expect(label(81)).toBe(`${header(77)}… · S`);
	});

	it('reads a table inside a cell apart from the words around it', () => {
		const blocks = blocksOf(
			'<table><tr><th>R</th><td>ennen<table><tr><td>sisällä</td></tr></table>jälkeen</td></tr></table>',
		);
		expect(blocks[0]?.text).toBe('ennen sisällä jälkeen');
	});

	it('marks as a placeholder a cell that shows only a dash, or nothing, and says its meaning to screen readers only', () => {
		const cells = (content: string) =>
			blocksOf(`<table><thead><tr><th>R</th><th>S</th></tr></thead><tr><th>R1</th><td>${content}</td></tr></table>`)
				.slice(1)
				.map((b) => [b.text, b.placeholder ?? false]);
		const sr = '<span class="sr-only">Ei merkintää</span>';
		expect(cells(`<span aria-hidden="true">–</span>${sr}`)).toEqual([['Ei merkintää', true]]);
		expect(cells(`<span aria-hidden="true">—</span>${sr}`)).toEqual([['Ei merkintää', true]]);
		expect(cells(`<span aria-hidden="true"> - </span>${sr}`)).toEqual([['Ei merkintää', true]]);
		expect(cells(sr)).toEqual([['Ei merkintää', true]]);
		expect(cells(`Kyllä ${sr}`)).toEqual([['Kyllä Ei merkintää', false]]);
	});
});
