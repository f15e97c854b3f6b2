import { describe, expect, it } from 'vitest';
import { diffSequences, diffWords, similarity, tokenize } from './diff';

/** Applies an edit script: the old sequence from equal+delete, the new one from equal+insert. */
function sides<T>(edits: ReturnType<typeof diffSequences<T>>): { a: T[]; b: T[] } {
	return {
		a: edits.filter((e) => e.op !== 'insert').map((e) => e.a as T),
		b: edits.filter((e) => e.op !== 'delete').map((e) => e.b as T),
	};
}

describe('diffSequences', () => {
	it('finds the shortest edit script (Myers example ABCABBA → CBABAC, D = 5)', () => {
		const a = [...'ABCABBA'];
		const b = [...'CBABAC'];
		const edits = diffSequences(a, b);
		expect(edits.filter((e) => e.op !== 'equal')).toHaveLength(5);
		expect(sides(edits)).toEqual({ a, b });
	});

	it('handles empty sides and identical input', () => {
		expect(diffSequences([], [1, 2]).map((e) => e.op)).toEqual(['insert', 'insert']);
		expect(diffSequences([1, 2], []).map((e) => e.op)).toEqual(['delete', 'delete']);
		expect(diffSequences([1, 2], [1, 2]).map((e) => e.op)).toEqual(['equal', 'equal']);
	});

	it('puts deletions before insertions within a change', () => {
		expect(diffSequences([1, 2, 3], [1, 9, 3]).map((e) => e.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
	});

	it('reconstructs both sides of random sequences', () => {
		let seed = 7;
		const rnd = () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed % 5;
		};
		for (let i = 0; i < 200; i++) {
			const a = Array.from({ length: rnd() * 3 }, rnd);
			const b = Array.from({ length: rnd() * 3 }, rnd);
			expect(sides(diffSequences(a, b))).toEqual({ a, b });
		}
	});

	it('uses the given equality', () => {
		const edits = diffSequences(['A'], ['a'], (x, y) => x.toLowerCase() === y.toLowerCase());
		expect(edits).toEqual([{ op: 'equal', a: 'A', b: 'a' }]);
	});
});

describe('tokenize', () => {
	it('keeps words with inner punctuation whole and splits the rest', () => {
		expect(tokenize('PTV:hen ja Lähellä.fi-palveluun, 2022–2025.')).toEqual([
			'PTV:hen',
			' ',
			'ja',
			' ',
			'Lähellä.fi-palveluun',
			',',
			' ',
			'2022',
			'–',
			'2025',
			'.',
		]);
	});
});

describe('diffWords', () => {
	it('marks inserted and deleted words, whitespace outside the marks', () => {
		expect(diffWords('Vuoden 2023 toimenpiteet', 'Vuoden 2024 toimenpiteet')).toEqual([
			{ op: 'equal', text: 'Vuoden ' },
			{ op: 'delete', text: '2023' },
			{ op: 'insert', text: '2024' },
			{ op: 'equal', text: ' toimenpiteet' },
		]);
		expect(diffWords('malli', 'malli (siirretty vuodelta 2023)')).toEqual([
			{ op: 'equal', text: 'malli ' },
			{ op: 'insert', text: '(siirretty vuodelta 2023)' },
		]);
	});

	it('reads a replaced phrase as one change, not word by word', () => {
		expect(diffWords('yksi kaksi kolme neljä', 'yksi viisi kuusi neljä')).toEqual([
			{ op: 'equal', text: 'yksi ' },
			{ op: 'delete', text: 'kaksi kolme' },
			{ op: 'insert', text: 'viisi kuusi' },
			{ op: 'equal', text: ' neljä' },
		]);
	});

	it('gives back both texts', () => {
		const a = 'Tiekartta hyväksyttiin maaliskuussa 2023, ja sitä päivitettiin.';
		const b = 'Tiekartan vuoden 2024 toimenpiteet päivitettiin toukokuussa 2024.';
		const runs = diffWords(a, b);
		const words = (s: string) => s.replace(/\s+/g, '');
		expect(
			words(
				runs
					.filter((r) => r.op !== 'insert')
					.map((r) => r.text)
					.join(''),
			),
		).toBe(words(a));
		expect(
			runs
				.filter((r) => r.op !== 'delete')
				.map((r) => r.text)
				.join(''),
		).toBe(b);
	});

	it('has no changes for equal texts', () => {
		expect(diffWords('sama teksti', 'sama teksti')).toEqual([{ op: 'equal', text: 'sama teksti' }]);
	});
});

describe('similarity', () => {
	it('is 1 for equal texts, 0 for disjoint ones, in between otherwise', () => {
		expect(similarity('a b c', 'a b c')).toBe(1);
		expect(similarity('a b', 'c d')).toBe(0);
		expect(similarity('a b c d', 'a b c e')).toBe(0.75);
	});
});
