/**
 * Sequence and word diff. The edit script comes from the `diff` library (Myers' O(ND) algorithm);
 * what is ours is the reading of it: deletions before insertions, and the word diff's tokens and
 * its rule that whitespace alone never separates two changes. The compare pages
 * (src/versions/compare.ts) diff the sections of two versions, the blocks of a section, and the
 * words of a changed block with it.
 */
import { diffArrays } from 'diff';

export type Op = 'equal' | 'insert' | 'delete';

export interface Edit<T> {
	op: Op;
	/** The item of the old sequence (equal, delete). */
	a?: T;
	/** The item of the new sequence (equal, insert). */
	b?: T;
}

/**
 * The shortest edit script turning `a` into `b`: equal items in order, deletions of items of `a`,
 * insertions of items of `b`. Deletions come before insertions at the same place. Myers' diff from
 * the `diff` library (jsdiff); this wrapper only flattens its runs into items.
 */
export function diffSequences<T>(
	a: readonly T[],
	b: readonly T[],
	eq: (x: T, y: T) => boolean = (x, y) => x === y,
): Edit<T>[] {
	const edits: Edit<T>[] = [];
	let i = 0;
	let j = 0;
	for (const change of diffArrays(a as T[], b as T[], { comparator: eq })) {
		for (let n = 0; n < change.count; n++) {
			if (change.added) edits.push({ op: 'insert', b: b[j++] as T });
			else if (change.removed) edits.push({ op: 'delete', a: a[i++] as T });
			else edits.push({ op: 'equal', a: a[i++] as T, b: b[j++] as T });
		}
	}
	return normalise(edits);
}

/** Within each run of changes between equal items, deletions first, then insertions. */
function normalise<T>(edits: Edit<T>[]): Edit<T>[] {
	const out: Edit<T>[] = [];
	let dels: Edit<T>[] = [];
	let ins: Edit<T>[] = [];
	const flush = () => {
		out.push(...dels, ...ins);
		dels = [];
		ins = [];
	};
	for (const e of edits) {
		// Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent with jsdiff 9, which already puts removals first in every run (docs/mutation-testing.md)
		if (e.op === 'delete') dels.push(e);
		else if (e.op === 'insert') ins.push(e);
		else {
			flush();
			out.push(e);
		}
	}
	flush();
	return out;
}

/** A stretch of text that is unchanged, inserted or deleted. */
export interface TextRun {
	op: Op;
	text: string;
}

/**
 * Words (letters and digits, joined by inner hyphens, colons, dots or apostrophes: "PTV:hen",
 * "Lähellä.fi", "2022–2025" stays three tokens), single punctuation marks, and whitespace.
 */
export function tokenize(text: string): string[] {
	return text.match(/\s+|[\p{L}\p{N}]+(?:[-':.’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];
}

const isSpace = (s: string): boolean => /^\s+$/.test(s);

/**
 * Word diff of two texts: runs of equal, deleted and inserted text. Within a change, all deleted
 * text comes first, then all inserted text; whitespace alone never separates two changes (so
 * "a b c" → "x y z" reads as one replacement, not three).
 */
export function diffWords(oldText: string, newText: string): TextRun[] {
	const items: { op: Op | 'both'; text: string }[] = diffSequences(tokenize(oldText), tokenize(newText)).map((e) => ({
		op: e.op,
		text: (e.op === 'insert' ? e.b : e.a) ?? '',
	}));
	// Whitespace alone between two changes belongs to both: the change reads as one.
	for (let i = 1; i < items.length - 1; i++) {
		const item = items[i] as (typeof items)[number];
		// Stryker disable next-line OptionalChaining,ArithmeticOperator: equivalent: i - 1 and i + 1 are always in range, and whitespace joined to a change next to an equal word is put back outside the marks by flush (docs/mutation-testing.md)
		if (item.op === 'equal' && isSpace(item.text) && items[i - 1]?.op !== 'equal' && items[i + 1]?.op !== 'equal') {
			// Stryker disable next-line StringLiteral: equivalent: any op other than equal, insert and delete is read as both
			item.op = 'both';
		}
	}
	const runs: TextRun[] = [];
	const push = (op: Op, text: string) => {
		const last = runs.at(-1);
		if (!text) return;
		if (last && last.op === op) last.text += text;
		else runs.push({ op, text });
	};
	let del = '';
	let ins = '';
	const flush = () => {
		const d = del.trim();
		const n = ins.trim();
		const outer = n ? ins : del;
		if (!d && !n) push('equal', outer);
		else {
			// Outer whitespace stays outside <del>/<ins>.
			// Stryker disable next-line OptionalChaining: equivalent: /^\s*/ always matches
			push('equal', outer.match(/^\s*/)?.[0] ?? '');
			push('delete', d);
			push('insert', n);
			// Stryker disable next-line OptionalChaining: equivalent: /\s*$/ always matches
			push('equal', outer.match(/\s*$/)?.[0] ?? '');
		}
		del = '';
		ins = '';
	};
	for (const item of items) {
		if (item.op === 'equal') {
			flush();
			push('equal', item.text);
		} else {
			if (item.op !== 'insert') del += item.text;
			if (item.op !== 'delete') ins += item.text;
		}
	}
	flush();
	return runs;
}

/** How many words two texts have in common (in order, by the word diff), and how many each has. */
export function commonWords(oldText: string, newText: string): { common: number; old: number; new: number } {
	const a = tokenize(oldText).filter((t) => !isSpace(t));
	const b = tokenize(newText).filter((t) => !isSpace(t));
	const common = diffSequences(a, b).filter((e) => e.op === 'equal').length;
	return { common, old: a.length, new: b.length };
}

/** Share of words two texts have in common (Dice coefficient over the word diff), 0…1. */
export function similarity(oldText: string, newText: string): number {
	const c = commonWords(oldText, newText);
	return c.old + c.new === 0 ? 1 : (2 * c.common) / (c.old + c.new);
}
