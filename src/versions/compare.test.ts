import { describe, expect, it } from 'vitest';
import { compareBlocks, compareSections } from './compare';
import { sectionsOfHtml } from './extract';

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

	it('keeps unrelated blocks apart (removed + added, no word salad)', () => {
		const { changes } = compareBlocks([block('Kissa istuu puussa.')], [block('Hallitus hyväksyi suunnitelman.')]);
		expect(changes.map((c) => c.kind)).toEqual(['removed', 'added']);
	});
});

describe('compareSections', () => {
	const older = sectionsOfHtml(`<h2 id="a">Lyhyesti</h2><p>Sama.</p><p>Vanha lause tässä.</p>
		<h2 id="pois">Poistuva</h2><p>Poistuva teksti.</p>
		<h2 id="c">Ennallaan</h2><p>Ei muutu.</p>`);
	const newer = sectionsOfHtml(`<h2 id="a">Lyhyesti</h2><p>Sama.</p><p>Uusi lause tässä.</p>
		<h2 id="uusi">Uusi osio</h2><p>Lisätty teksti.</p>
		<h2 id="c">Ennallaan</h2><p>Ei muutu.</p>`);
	const { sections, counts } = compareSections(older, newer);

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

	it('does not count table labels: an empty cell and a filled one stay apart', () => {
		const cell = (text: string) => ({ key: text, label: 'Rahoitus ja resurssit · 2024', text });
		const { changes } = compareBlocks([cell('Ei merkintää tälle vuodelle')], [cell('Päivitetään avustusperiaatteet')]);
		expect(changes.map((c) => c.kind)).toEqual(['removed', 'added']);
	});
});
