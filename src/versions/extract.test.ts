import { describe, expect, it } from 'vitest';
import { blockText, sectionsOfHtml } from './extract';

describe('sectionsOfHtml', () => {
	it('splits by headings into a heading path and blocks', () => {
		const html = `<p>Alku.</p>
			<div class="sl-heading-wrapper level-h2"><h2 id="lyhyesti">Lyhyesti</h2><a class="sl-anchor-link" href="#lyhyesti"><span class="sr-only">Osio nimeltä “Lyhyesti”</span></a></div>
			<ul><li>Yksi <a href="/x/">linkki</a>.</li><li>Kaksi<ul><li>Sisempi</li></ul></li></ul>
			<h3 id="ala">Ala</h3><p>Teksti   rivillä.<br>Toinen</p>
			<h2 id="toinen">Toinen</h2><p>Loppu.</p>`;
		const sections = sectionsOfHtml(html);
		expect(sections.map((s) => [s.key, s.anchor, s.blocks.map(blockText)])).toEqual([
			['', undefined, ['Alku.']],
			['lyhyesti', 'lyhyesti', ['Yksi linkki.', 'Kaksi', 'Sisempi']],
			['lyhyesti › ala', 'ala', ['Teksti rivillä. Toinen']],
			['toinen', 'toinen', ['Loppu.']],
		]);
		expect(sections[2]?.path).toEqual(['Lyhyesti', 'Ala']);
	});

	it('leaves out hidden text and aside titles but keeps text for screen readers', () => {
		const html = `<aside class="starlight-aside"><p class="starlight-aside__title"><svg><path/></svg>Huomio</p>
			<div class="starlight-aside__content"><p>Tärkeää.</p></div></aside>
			<p><span aria-hidden="true">–</span><span class="sr-only">Ei merkintää</span></p>
			<script>var x = 1;</script><style>p{}</style>`;
		expect(sectionsOfHtml(html)[0]?.blocks.map(blockText)).toEqual(['Tärkeää.', 'Ei merkintää']);
	});

	it('labels table cells with their row and column, one block per list item', () => {
		const html = `<table><caption>Taulukko</caption>
			<thead><tr><th>Kokonaisuus</th><th>2023</th><th>2024</th></tr></thead>
			<tbody><tr><th scope="rowgroup" colspan="3">Tavoite 1</th></tr>
			<tr><th scope="row">Suunta</th><td><ul><li>A</li><li>B</li></ul></td><td><span aria-hidden="true">–</span><span class="sr-only">Ei merkintää</span></td></tr>
			</tbody></table>`;
		const blocks = sectionsOfHtml(html)[0]?.blocks ?? [];
		expect(blocks.map(blockText)).toEqual([
			'Taulukko',
			'Kokonaisuus | 2023 | 2024',
			'Tavoite 1',
			'Suunta · 2023: A',
			'Suunta · 2023: B',
			'Suunta · 2024: Ei merkintää',
		]);
		// A renamed column header does not make the cells of that column differ.
		const renamed = sectionsOfHtml(html.replace('<th>2024</th>', '<th>2024 (päivitetty)</th>'))[0]?.blocks ?? [];
		expect(renamed[5]?.key).toBe(blocks[5]?.key);
		expect(renamed[5]?.label).toBe('Suunta · 2024 (päivitetty)');
	});
});
