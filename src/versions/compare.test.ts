import { beforeEach, describe, expect, it } from 'vitest';
import { type Comparison, compareBlocks, compareSections } from './compare';
import { type Section, sectionsOfHtml } from './extract';

const block = (text: string) => ({ key: text.toLowerCase(), text });

describe('compareBlocks', () => {
	it('counts unchanged blocks and pairs a similar removed and added block as changed', () => {
		const { changes, unchanged } = compareBlocks(
			[block('Sama.'), block('Vuoden 2023 toimenpiteet päivitettiin arvion pohjalta.'), block('Pois.')],
			[block('Sama.'), block('Vuoden 2024 toimenpiteet päivitettiin arvion pohjalta.'), block('Aivan uusi kappale.')],
		);
		expect(unchanged).toBe(1);
		expect(changes.map((c) => c.kind)).toEqual(['changed', 'removed', 'added']);
		const changed = changes[0];
		expect(changed?.kind === 'changed' && changed.runs.filter((r) => r.op !== 'equal')).toEqual([
			{ op: 'delete', text: '2023' },
			{ op: 'insert', text: '2024' },
		]);
	});

	it('a run of consecutive changed blocks gives one change each, in order', () => {
		const older = [
			'Vuonna 2023 kokous pidetään keväällä.',
			'Vuonna 2023 raportti valmistuu syksyllä.',
			'Vuonna 2023 avustus haetaan tammikuussa.',
		];
		const newer = older.map((t) => t.replace('2023', '2024'));
		const { changes, unchanged } = compareBlocks(
			[block('Alku.'), ...older.map(block), block('Loppu.')],
			[block('Alku.'), ...newer.map(block), block('Loppu.')],
		);
		expect(unchanged).toBe(2);
		expect(changes.map((c) => (c.kind === 'changed' ? `${c.old.text} → ${c.new.text}` : c.kind))).toEqual(
			older.map((t, i) => `${t} → ${newer[i]}`),
		);
	});

	it('keeps unrelated blocks apart (removed + added, no word salad)', () => {
		const { changes } = compareBlocks([block('Kissa istuu puussa.')], [block('Hallitus hyväksyi suunnitelman.')]);
		expect(changes.map((c) => c.kind)).toEqual(['removed', 'added']);
	});
});

describe('compareSections', () => {
	// Computed in each test, not while the file is collected (Stryker would count it as "static").
	let older: Section[];
	let sections: Comparison['sections'];
	let counts: Comparison['counts'];
	beforeEach(() => {
		older = sectionsOfHtml(`<h2 id="a">Lyhyesti</h2><p>Sama.</p><p>Vanha lause tässä.</p>
		<h2 id="pois">Poistuva</h2><p>Poistuva teksti.</p>
		<h2 id="c">Ennallaan</h2><p>Ei muutu.</p>`);
		const newer = sectionsOfHtml(`<h2 id="a">Lyhyesti</h2><p>Sama.</p><p>Uusi lause tässä.</p>
		<h2 id="uusi">Uusi osio</h2><p>Lisätty teksti.</p>
		<h2 id="c">Ennallaan</h2><p>Ei muutu.</p>`);
		({ sections, counts } = compareSections(older, newer));
	});

	it('matches sections by heading and classifies them', () => {
		expect(sections.map((s) => [s.path.join(' › '), s.kind])).toEqual([
			['Lyhyesti', 'changed'],
			['Poistuva', 'removed'],
			['Uusi osio', 'added'],
			['Ennallaan', 'unchanged'],
		]);
		expect(counts).toEqual({ unchanged: 1, changed: 1, added: 1, removed: 1 });
	});

	it('keeps the heading ids of both versions', () => {
		expect(sections[0]).toMatchObject({ oldAnchor: 'a', newAnchor: 'a', unchanged: 1 });
		expect(sections[1]).toMatchObject({ oldAnchor: 'pois' });
		expect(sections[1]?.newAnchor).toBeUndefined();
		expect(sections[2]).toMatchObject({ newAnchor: 'uusi' });
	});

	it('is empty of changes for identical versions', () => {
		const same = compareSections(older, older);
		expect(same.sections.every((s) => s.kind === 'unchanged')).toBe(true);
	});
});

describe('pairScore', () => {
	it('pairs a paragraph with text added to it, even when most of the new text is new', () => {
		const { changes } = compareBlocks(
			[block('Tiekartta: tavoitteet vuosittain')],
			[block('Tiekartta: tavoitteet vuosittain. Vuoden 2024 sarake on päivitetty toukokuussa 2024 lautakunnalle.')],
		);
		expect(changes.map((c) => c.kind)).toEqual(['changed']);
	});

	it('does not count table labels: outside a table cell, an empty text and a filled one stay apart', () => {
		const cell = (text: string) => ({ key: text, label: 'Rahoitus ja resurssit · 2024', text });
		const { changes } = compareBlocks([cell('Ei merkintää tälle vuodelle')], [cell('Päivitetään avustusperiaatteet')]);
		expect(changes.map((c) => c.kind)).toEqual(['removed', 'added']);
	});
});

describe('table cells, placeholders and order', () => {
	const table = (cells: string[]) => `<h2 id="t">Tiekartta vuosittain</h2><table>
		<thead><tr><th>Kokonaisuus</th><th>2023</th><th>2024</th></tr></thead>
		<tbody>${cells.join('')}</tbody></table>`;
	const row = (name: string, a: string, b: string) => `<tr><th scope="row">${name}</th><td>${a}</td><td>${b}</td></tr>`;
	const empty = '<span aria-hidden="true">–</span><span class="sr-only">Ei merkintää tälle vuodelle</span>';
	const compareHtml = (a: string, b: string) => compareSections(sectionsOfHtml(a), sectionsOfHtml(b));

	it('shows a changed cell as one change, old → new in place, however different the words', () => {
		const { sections } = compareHtml(
			table([row('Yhteiset työkalut', 'A', 'Palvelualusta on selkeä')]),
			table([row('Yhteiset työkalut', 'A', 'Järjestöt vaikuttavat kehittämiseen')]),
		);
		const changes = sections.find((x) => x.kind === 'changed')?.changes ?? [];
		expect(changes.map((c) => c.kind)).toEqual(['changed']);
		const c = changes[0];
		if (c?.kind !== 'changed') throw new Error('expected a changed cell');
		expect(c.old.text).toBe('Palvelualusta on selkeä');
		expect(c.new.text).toBe('Järjestöt vaikuttavat kehittämiseen');
		// Unlike texts are not interleaved word by word: the old text, an arrow, the new text.
		expect(c.runs.filter((r) => r.op !== 'equal')).toEqual([
			{ op: 'delete', text: 'Palvelualusta on selkeä' },
			{ op: 'insert', text: 'Järjestöt vaikuttavat kehittämiseen' },
		]);
		expect(c.runs.map((r) => r.text).join('')).toBe(
			'Yhteiset työkalut · 2024: Palvelualusta on selkeä → Järjestöt vaikuttavat kehittämiseen',
		);
	});

	it('does not report an empty placeholder as removed: a filled empty cell is an addition', () => {
		const { sections } = compareHtml(
			table([row('Rahoitus', 'A', empty)]),
			table([row('Rahoitus', 'A', '<ul><li>Päivitetään avustusperiaatteet</li><li>Kehitetään hakua</li></ul>')]),
		);
		const changes = sections.flatMap((x) => x.changes);
		expect(changes.map((c) => c.kind)).toEqual(['added', 'added']);
		expect(JSON.stringify(changes)).not.toContain('Ei merkintää');
	});

	it('reports a cell emptied in the newer version as removed content, never the placeholder as added', () => {
		const changes = compareHtml(
			table([row('Osallisuus', 'A', 'Ohjelma')]),
			table([row('Osallisuus', 'A', empty)]),
		).sections.flatMap((x) => x.changes);
		expect(changes.map((c) => (c.kind === 'changed' ? 'changed' : `${c.kind}:${c.block.text}`))).toEqual([
			'removed:Ohjelma',
		]);
	});

	it('a new or removed section lists no placeholders', () => {
		const { sections } = compareHtml('<h2>Muu</h2><p>x</p>', `<h2>Muu</h2><p>x</p>${table([row('R', empty, 'B')])}`);
		const added = sections.find((x) => x.kind === 'added');
		expect(added?.changes.map((c) => (c.kind === 'added' ? c.block.text : ''))).not.toContain(
			'Ei merkintää tälle vuodelle',
		);
	});

	it('lists substance (tables, rules) before editorial changes to introductions', () => {
		const older = `<h2>Lyhyesti</h2><ul><li>Vanha johdanto.</li></ul><h2>Johdanto</h2><p>Vanha teksti tässä.</p>
			<h2>Säännöt</h2><ul><li>Avustus haetaan joulukuussa.</li></ul>${table([row('R', 'A', 'B')])}`;
		const newer = `<h2>Lyhyesti</h2><ul><li>Uusi johdanto.</li></ul><h2>Johdanto</h2><p>Uusi teksti tässä.</p>
			<h2>Säännöt</h2><ul><li>Avustus haetaan marraskuussa.</li></ul>${table([row('R', 'A', 'C')])}`;
		const result = compareHtml(older, newer);
		expect(result.ordered.map((x) => x.path.join(' › '))).toEqual([
			'Säännöt',
			'Tiekartta vuosittain',
			'Lyhyesti',
			'Johdanto',
		]);
		expect(result.ordered.map((x) => x.substance)).toEqual([true, true, false, false]);
		// Document order is kept in `sections`.
		expect(result.sections.map((x) => x.path[0])).toEqual(['Lyhyesti', 'Johdanto', 'Säännöt', 'Tiekartta vuosittain']);
	});
});
