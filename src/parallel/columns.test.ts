import { describe, expect, it } from 'vitest';
import { dropHeadingLinks, pairSections, prefixIds, splitSections } from './columns';

const heading = (level: number, id: string, text: string) =>
	`<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span class="sr-only">Osio nimeltä “${text}”</span></a></div>`;

describe('splitSections', () => {
	it('cuts at every top-level heading, keeping the text before the first one and every byte', () => {
		const html = `<p>Alku</p>\n${heading(2, 'a', 'A')}\n<p>a</p>\n<h3 id="b">B</h3><table><caption>T</caption></table>${heading(2, 'c', 'C')}<div><p>c</p></div>`;
		const sections = splitSections(html);
		expect(sections.map((s) => [s.level, s.id])).toEqual([
			[0, ''],
			[2, 'a'],
			[3, 'b'],
			[2, 'c'],
		]);
		expect(sections.map((s) => s.html).join('')).toBe(html);
		expect(sections[2]?.html).toBe('<h3 id="b">B</h3><table><caption>T</caption></table>');
	});

	it('does not cut inside a component’s block', () => {
		expect(splitSections('<h2 id="x">X</h2><div><h3 id="y">Y</h3><p>y</p></div>')).toHaveLength(1);
	});
});

describe('pairSections', () => {
	it('pairs by order and says when the levels or the counts differ', () => {
		const fi = [{ level: 2 }, { level: 3 }, { level: 2 }];
		const sv = [{ level: 2 }, { level: 2 }];
		const pairs = pairSections(fi, sv);
		expect(pairs.map((p) => [p.fi?.level, p.sv?.level, p.matched])).toEqual([
			[2, 2, true],
			[3, 2, false],
			[2, undefined, false],
		]);
		expect(pairs[1]?.fi).toBe(fi[1]);
		expect(pairs[1]?.sv).toBe(sv[1]);
	});
});

describe('prefixIds', () => {
	it('prefixes ids and the references to them, leaves other links alone', () => {
		const html =
			'<h2 id="lyhyesti">L</h2><a href="#lyhyesti">x</a><a href="#muualla">y</a><a href="/periaatteet/#lyhyesti">z</a>' +
			'<table aria-labelledby="cap other"><caption id="cap">C</caption></table><label for="k">K</label><input id="k">';
		expect(prefixIds(html, 'sv-')).toBe(
			'<h2 id="sv-lyhyesti">L</h2><a href="#sv-lyhyesti">x</a><a href="#muualla">y</a><a href="/periaatteet/#lyhyesti">z</a>' +
				'<table aria-labelledby="sv-cap other"><caption id="sv-cap">C</caption></table><label for="sv-k">K</label><input id="sv-k">',
		);
	});

	it('matches percent-encoded same-page links to their ids', () => {
		expect(prefixIds('<h2 id="mitä">M</h2><a href="#mit%C3%A4">m</a>', 'fi-')).toBe(
			'<h2 id="fi-mitä">M</h2><a href="#fi-mit%C3%A4">m</a>',
		);
	});
});

describe('dropHeadingLinks', () => {
	it('removes Starlight’s heading anchor links only', () => {
		expect(dropHeadingLinks(`${heading(2, 'a', 'A')}<p><a href="#a">a</a></p>`)).toBe(
			'<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2></div><p><a href="#a">a</a></p>',
		);
	});
});
