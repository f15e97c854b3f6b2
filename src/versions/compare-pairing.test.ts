/**
 * How the compare view pairs and orders changes, on made-up blocks and sections: the similarity
 * score at its thresholds, cells paired in place (and never twice), placeholders on both sides,
 * the most similar candidate, runs separated by unchanged blocks, and what counts as substance.
 * The everyday cases, from HTML, are in ./compare.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { type BlockChange, cellRuns, compareBlocks, compareSections, pairScore } from './compare';
import type { Block, Section } from './extract';

const text = (t: string, extra: Partial<Block> = {}): Block => ({ key: t.toLowerCase(), text: t, ...extra });
const cell = (slot: string, t: string, extra: Partial<Block> = {}): Block => ({
	key: `${slot}\u0000${t.toLowerCase()}`,
	text: t,
	label: `Rivi · ${slot}`,
	kind: 'table',
	slot,
	...extra,
});
/** One line per change: "changed old → new", "added text", "removed text". */
const brief = (changes: readonly BlockChange[]) =>
	changes.map((c) => (c.kind === 'changed' ? `changed ${c.old.text} → ${c.new.text}` : `${c.kind} ${c.block.text}`));

describe('pairScore at its thresholds', () => {
	it('is the share of shared words when it is at least a half, and never less than a half when paired', () => {
		expect(pairScore(text('a b c d'), text('a b c e'))).toBe(0.75);
		expect(pairScore(text('a b'), text('a c'))).toBe(0.5);
		expect(pairScore(text('a b c'), text('x y z'))).toBe(0);
		expect(pairScore(text(''), text(''))).toBe(1);
	});

	it('pairs text added to a paragraph of three words or more when at least 80 % of it is kept', () => {
		// Dice 6/13 < 0.5, but all three words are kept.
		expect(pairScore(text('a b c'), text('a b c d e f g h i j'))).toBe(0.5);
		// Dice 8/17 < 0.5, four of five words kept: exactly 80 %.
		expect(pairScore(text('a b c d e'), text('a b c d f g h i j k l m'))).toBe(0.5);
		// Three of five kept (60 %): apart.
		expect(pairScore(text('a b c d e'), text('a b c f g h i j k l m n'))).toBe(0);
		// Two words are too few to count as "kept" (Dice 4/9).
		expect(pairScore(text('a b'), text('a b c d e f g'))).toBe(0);
	});
});

describe('cellRuns', () => {
	it('diffs alike texts word by word, labels included', () => {
		expect(cellRuns(cell('2024', 'Vuoden 2023 tavoite'), cell('2024', 'Vuoden 2024 tavoite'))).toEqual([
			{ op: 'equal', text: 'Rivi · 2024: Vuoden ' },
			{ op: 'delete', text: '2023' },
			{ op: 'insert', text: '2024' },
			{ op: 'equal', text: ' tavoite' },
		]);
	});

	it('writes unlike texts as old → new, with a label only when one of them has a label', () => {
		expect(cellRuns(text('Kissa istuu'), text('Hallitus päätti'))).toEqual([
			{ op: 'delete', text: 'Kissa istuu' },
			{ op: 'equal', text: ' → ' },
			{ op: 'insert', text: 'Hallitus päätti' },
		]);
		expect(cellRuns(text('Kissa istuu'), text('Hallitus päätti', { label: 'Uusi' }))).toEqual([
			{ op: 'insert', text: 'Uusi' },
			{ op: 'equal', text: ': ' },
			{ op: 'delete', text: 'Kissa istuu' },
			{ op: 'equal', text: ' → ' },
			{ op: 'insert', text: 'Hallitus päätti' },
		]);
		expect(cellRuns(text('Kissa istuu', { label: 'Vanha' }), text('Hallitus päätti'))).toEqual([
			{ op: 'delete', text: 'Vanha' },
			{ op: 'equal', text: ': ' },
			{ op: 'delete', text: 'Kissa istuu' },
			{ op: 'equal', text: ' → ' },
			{ op: 'insert', text: 'Hallitus päätti' },
		]);
	});
});

describe('compareBlocks: pairing', () => {
	it('pairs a cell with the new text of the same cell, not with the first new block', () => {
		const { changes } = compareBlocks([cell('A', 'x')], [cell('B', 'z'), cell('A', 'y')]);
		expect(brief(changes)).toEqual(['added z', 'changed x → y']);
	});

	it('pairs each old item of a cell with at most one new one', () => {
		const { changes } = compareBlocks(
			[cell('A', 'Kissa istuu'), cell('A', 'Koira haukkuu')],
			[cell('A', 'Hallitus päätti')],
		);
		// A cell's change sits where its new text is, after what was only removed.
		expect(brief(changes)).toEqual(['removed Koira haukkuu', 'changed Kissa istuu → Hallitus päätti']);
	});

	it('reports the cells of a removed row as removed', () => {
		const { changes } = compareBlocks([cell('A', 'x'), cell('B', 'y')], []);
		expect(brief(changes)).toEqual(['removed x', 'removed y']);
	});

	it('says nothing when only the wording of a placeholder changed', () => {
		const { changes, unchanged } = compareBlocks(
			[cell('A', 'Ei merkintää', { placeholder: true })],
			[cell('A', 'Ei merkintää tälle vuodelle', { placeholder: true })],
		);
		expect([changes, unchanged]).toEqual([[], 0]);
	});

	it('never pairs a paragraph with the new text of a cell already paired in place', () => {
		const { changes } = compareBlocks(
			[text('Vuoden 2023 tavoite on selvä'), cell('A', 'x')],
			[cell('A', 'Vuoden 2024 tavoite on selvä')],
		);
		expect(brief(changes)).toEqual([
			'removed Vuoden 2023 tavoite on selvä',
			'changed x → Vuoden 2024 tavoite on selvä',
		]);
	});

	it('pairs with the most similar later block, listing the skipped ones as added before it', () => {
		const { changes } = compareBlocks(
			[text('a b c d')],
			[text('a b c x'), { key: 'same words', text: 'a b c d' }, text('q r s')],
		);
		expect(brief(changes)).toEqual(['added a b c x', 'changed a b c d → a b c d', 'added q r s']);
	});

	it('pairs within a run of changes only, never across an unchanged block', () => {
		const { changes, unchanged } = compareBlocks(
			[text('Vuoden 2023 tavoite on selvä'), text('Sama')],
			[text('Sama'), text('Vuoden 2024 tavoite on selvä')],
		);
		expect(unchanged).toBe(1);
		expect(brief(changes)).toEqual(['removed Vuoden 2023 tavoite on selvä', 'added Vuoden 2024 tavoite on selvä']);
	});
});

describe('compareSections: kinds and order', () => {
	const section = (path: string[], blocks: Block[]): Section => ({ key: path.join(' › ').toLowerCase(), path, blocks });
	const item = (t: string) => text(t, { kind: 'item' });
	const para = (t: string) => text(t, { kind: 'text' });

	it('lists the blocks of an added and a removed section, placeholders left out', () => {
		const { sections, ordered } = compareSections(
			[
				section(['Pois'], [para('Vanha kappale'), cell('A', '–', { placeholder: true })]),
				section(['Sama'], [para('x')]),
			],
			[section(['Sama'], [para('x')]), section(['Uusi'], [item('Uusi sääntö')])],
		);
		expect(sections.map((s) => [s.kind, s.path[0], brief(s.changes)])).toEqual([
			['removed', 'Pois', ['removed Vanha kappale']],
			['unchanged', 'Sama', []],
			['added', 'Uusi', ['added Uusi sääntö']],
		]);
		// Unchanged sections are not listed among the changes; an added rule is substance.
		expect(ordered.map((s) => [s.path[0], s.substance])).toEqual([
			['Uusi', true],
			['Pois', false],
		]);
	});

	it('counts as substance a section where any change touches a table or a list item', () => {
		const { ordered } = compareSections(
			[section(['Säännöt'], [para('Johdanto tässä nyt'), item('Vanha sääntö yksi')])],
			[section(['Säännöt'], [para('Johdanto tässä nyt uusi'), item('Uusi sääntö kaksi')])],
		);
		expect(ordered.map((s) => s.substance)).toEqual([true]);
		// A paragraph turned into a list item (paired by its words) is substance too.
		const turned = compareSections(
			[section(['Säännöt'], [para('Avustus haetaan joulukuussa')])],
			[section(['Säännöt'], [item('Avustus haetaan joulukuussa vuosittain')])],
		);
		expect(turned.ordered.map((s) => [brief(s.changes), s.substance])).toEqual([
			[['changed Avustus haetaan joulukuussa → Avustus haetaan joulukuussa vuosittain'], true],
		]);
		const back = compareSections(
			[section(['Säännöt'], [item('Avustus haetaan joulukuussa')])],
			[section(['Säännöt'], [para('Avustus haetaan joulukuussa vuosittain')])],
		);
		expect(back.ordered.map((s) => s.substance)).toEqual([true]);
	});

	it('never counts the introduction (Finnish or Swedish) or the text before the first heading as substance', () => {
		const before = [
			section([], [item('Alku yksi')]),
			section(['I korthet'], [item('Kort ett')]),
			section([' Lyhyesti '], [item('Lyhyt yksi')]),
		];
		const after = [
			section([], [item('Alku kaksi')]),
			section(['I korthet'], [item('Kort två')]),
			section([' Lyhyesti '], [item('Lyhyt kaksi')]),
		];
		expect(compareSections(before, after).ordered.map((s) => [s.path[0], s.substance])).toEqual([
			[undefined, false],
			['I korthet', false],
			[' Lyhyesti ', false],
		]);
	});
});
