/**
 * The word diff at its edges: runs of spaces, whitespace that is itself deleted or inserted, a
 * change at the start or end of a text, empty texts, and the word joiners of the tokenizer. The
 * everyday cases are in ./diff.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { commonWords, diffSequences, diffWords, similarity, tokenize } from './diff';

describe('tokenize: edges', () => {
	it('keeps a run of spaces as one token and gives nothing for an empty text', () => {
		expect(tokenize('a  b\t\nc')).toEqual(['a', '  ', 'b', '\t\n', 'c']);
		expect(tokenize('')).toEqual([]);
	});

	it('joins a word over an apostrophe (straight or curly) and a dot, not over a trailing mark', () => {
		expect(tokenize("O'Brien järjestö’n 3.5 loppu. -a")).toEqual([
			"O'Brien",
			' ',
			'järjestö’n',
			' ',
			'3.5',
			' ',
			'loppu',
			'.',
			' ',
			'-',
			'a',
		]);
	});
});

describe('diffWords: whitespace', () => {
	it('a change of whitespace alone is no change (the older whitespace is kept)', () => {
		expect(diffWords('a b', 'a  b')).toEqual([{ op: 'equal', text: 'a b' }]);
		expect(diffWords('a  b', 'a b')).toEqual([{ op: 'equal', text: 'a  b' }]);
	});

	it('deleted whitespace next to a deleted word stays outside the mark', () => {
		expect(diffWords('a b', 'a')).toEqual([
			{ op: 'equal', text: 'a ' },
			{ op: 'delete', text: 'b' },
		]);
		expect(diffWords('b a', 'a')).toEqual([
			{ op: 'delete', text: 'b' },
			{ op: 'equal', text: ' a' },
		]);
	});

	it('inserted runs of spaces before and after an inserted word stay outside the mark, whole', () => {
		expect(diffWords('a', 'a  x')).toEqual([
			{ op: 'equal', text: 'a  ' },
			{ op: 'insert', text: 'x' },
		]);
		expect(diffWords('a', 'a x  ')).toEqual([
			{ op: 'equal', text: 'a ' },
			{ op: 'insert', text: 'x' },
			{ op: 'equal', text: '  ' },
		]);
	});

	it('whitespace deleted between two deleted words is part of the deletion, not of the insertion', () => {
		expect(diffWords('a b', 'ab')).toEqual([
			{ op: 'delete', text: 'a b' },
			{ op: 'insert', text: 'ab' },
		]);
	});

	it('reads three replaced words separated by spaces as one change, at the start and at the end', () => {
		expect(diffWords('a b c', 'x y z')).toEqual([
			{ op: 'delete', text: 'a b c' },
			{ op: 'insert', text: 'x y z' },
		]);
		expect(diffWords('a b c d', 'x y c d')).toEqual([
			{ op: 'delete', text: 'a b' },
			{ op: 'insert', text: 'x y' },
			{ op: 'equal', text: ' c d' },
		]);
	});

	it('diffs empty texts', () => {
		expect(diffWords('', '')).toEqual([]);
		expect(diffWords('', 'uusi')).toEqual([{ op: 'insert', text: 'uusi' }]);
		expect(diffWords('vanha', '')).toEqual([{ op: 'delete', text: 'vanha' }]);
	});
});

describe('commonWords and similarity: edges', () => {
	it('does not count whitespace as words, however long the run', () => {
		expect(commonWords('a  b', 'a b')).toEqual({ common: 2, old: 2, new: 2 });
		expect(commonWords('a  b c', 'a b')).toEqual({ common: 2, old: 3, new: 2 });
	});

	it('calls two empty texts the same', () => {
		expect(similarity('', '')).toBe(1);
		expect(similarity('', 'a')).toBe(0);
	});
});

describe('diffSequences: deletions before insertions in every run', () => {
	it('holds for random sequences', () => {
		let seed = 11;
		const rnd = (k: number) => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed % k;
		};
		for (let i = 0; i < 300; i++) {
			const a = Array.from({ length: rnd(8) }, () => rnd(4));
			const b = Array.from({ length: rnd(8) }, () => rnd(4));
			const ops = diffSequences(a, b)
				.map((e) => e.op[0])
				.join('');
			expect(ops, `${a} → ${b}`).not.toMatch(/i[^e]*d/);
		}
	});
});
