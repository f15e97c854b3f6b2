/**
 * What changed between two versions of a document, by section: sections matched by their heading
 * path, blocks within a section matched by their text, and a changed block shown as a word diff.
 * Pure: input is the output of sectionsOfHtml (src/versions/extract.ts).
 *
 * - A table cell whose text changed is one change (old → new in place): a removed and an added
 *   block in the same cell (`slot`) are always paired, however different their words.
 * - An empty cell's placeholder ("–", "no entry for this year") is not content: a cell that was
 *   empty and now has text is "added", and a placeholder is never reported as removed or added.
 * - Sections are ordered for reading (`ordered`): changes to the document's substance (its tables
 *   and its rules and other list items) first, then editorial changes (the introduction, the text
 *   before the first heading, running paragraphs), each group in document order.
 */
import { commonWords, diffSequences, diffWords, type TextRun } from './diff';
import { type Block, blockText, type Section } from './extract';

export type BlockChange =
	| { kind: 'added'; block: Block }
	| { kind: 'removed'; block: Block }
	| { kind: 'changed'; old: Block; new: Block; runs: TextRun[] };

export type SectionKind = 'unchanged' | 'changed' | 'added' | 'removed';

export interface SectionChange {
	kind: SectionKind;
	/** Heading path (of the newer version when the section exists in it). */
	path: string[];
	/** Heading id in the older and the newer version. */
	oldAnchor?: string;
	newAnchor?: string;
	/** The changed blocks, in the newer version's order (removed ones where they were). */
	changes: BlockChange[];
	/** How many blocks are the same in both. */
	unchanged: number;
	/** Does it change the substance (tables, list items) rather than an introduction or running text? */
	substance: boolean;
}

export interface Comparison {
	/** In document order. */
	sections: SectionChange[];
	/** The sections with changes, substance first, then editorial changes (each in document order). */
	ordered: SectionChange[];
	counts: Record<SectionKind, number>;
}

/** Headings of a document's introduction ("## Lyhyesti" / "## I korthet", see README). */
export const INTRO_HEADINGS = ['lyhyesti', 'i korthet'];

function isSubstance(path: readonly string[], changes: readonly BlockChange[]): boolean {
	const top = path[0]?.trim().toLowerCase();
	if (top === undefined || INTRO_HEADINGS.includes(top)) return false;
	return changes.some((c) => {
		const blocks = c.kind === 'changed' ? [c.old, c.new] : [c.block];
		return blocks.some((b) => b.kind === 'table' || b.kind === 'item');
	});
}

/**
 * A removed and an added block are shown as one changed block (with a word diff) when at least half
 * of their words are shared (Dice ≥ 0.5), or when the shorter one (of 3 words or more) is almost
 * all kept in the longer one (text added to or cut from a paragraph). Labels (table row and column)
 * do not count: only the text.
 */
export function pairScore(older: Block, newer: Block): number {
	const c = commonWords(older.text, newer.text);
	const total = c.old + c.new;
	const dice = total === 0 ? 1 : (2 * c.common) / total;
	const shorter = Math.min(c.old, c.new);
	const kept = shorter >= 3 ? c.common / shorter : 0;
	return dice >= 0.5 || kept >= 0.8 ? Math.max(dice, 0.5) : 0;
}

/** Compares two versions given as sections. */
export function compareSections(older: readonly Section[], newer: readonly Section[]): Comparison {
	const sections: SectionChange[] = [];
	for (const e of diffSequences(older, newer, (a, b) => a.key === b.key)) {
		if (e.op === 'equal' && e.a && e.b) {
			const { changes, unchanged } = compareBlocks(e.a.blocks, e.b.blocks);
			sections.push({
				kind: changes.length ? 'changed' : 'unchanged',
				path: e.b.path,
				...anchors(e.a.anchor, e.b.anchor),
				changes,
				unchanged,
				substance: isSubstance(e.b.path, changes),
			});
		} else if (e.op === 'insert' && e.b) {
			const changes: BlockChange[] = content(e.b.blocks).map((block) => ({ kind: 'added', block }));
			sections.push({
				kind: 'added',
				path: e.b.path,
				...anchors(undefined, e.b.anchor),
				changes,
				unchanged: 0,
				substance: isSubstance(e.b.path, changes),
			});
		} else if (e.op === 'delete' && e.a) {
			const changes: BlockChange[] = content(e.a.blocks).map((block) => ({ kind: 'removed', block }));
			sections.push({
				kind: 'removed',
				path: e.a.path,
				...anchors(e.a.anchor, undefined),
				changes,
				unchanged: 0,
				substance: isSubstance(e.a.path, changes),
			});
		}
	}
	const counts: Record<SectionKind, number> = { unchanged: 0, changed: 0, added: 0, removed: 0 };
	for (const s of sections) counts[s.kind]++;
	const changed = sections.filter((s) => s.kind !== 'unchanged');
	const ordered = [...changed.filter((s) => s.substance), ...changed.filter((s) => !s.substance)];
	return { sections, ordered, counts };
}

/**
 * A changed cell: a word diff when the texts are alike; otherwise the old text, an arrow and the new
 * text (old → new), so that the two never interleave word by word.
 */
export function cellRuns(old: Block, neu: Block): TextRun[] {
	if (pairScore(old, neu) > 0) return diffWords(blockText(old), blockText(neu));
	const label = old.label || neu.label ? [...diffWords(old.label ?? '', neu.label ?? ''), eq(': ')] : [];
	return [...label, { op: 'delete', text: old.text }, eq(' → '), { op: 'insert', text: neu.text }];
}
const eq = (text: string): TextRun => ({ op: 'equal', text });

/** Blocks that are content (placeholders of empty cells are not). */
const content = (blocks: readonly Block[]): Block[] => blocks.filter((b) => !b.placeholder);

function anchors(oldAnchor: string | undefined, newAnchor: string | undefined) {
	return { ...(oldAnchor ? { oldAnchor } : {}), ...(newAnchor ? { newAnchor } : {}) };
}

/** Block changes of one section: unmatched neighbours that are similar enough become one changed block. */
export function compareBlocks(
	older: readonly Block[],
	newer: readonly Block[],
): { changes: BlockChange[]; unchanged: number } {
	const changes: BlockChange[] = [];
	let unchanged = 0;
	let removed: Block[] = [];
	let added: Block[] = [];
	const flush = () => {
		changes.push(...pair(removed, added));
		removed = [];
		added = [];
	};
	for (const e of diffSequences(older, newer, (a, b) => a.key === b.key)) {
		if (e.op === 'equal') {
			flush();
			unchanged++;
		} else if (e.op === 'delete' && e.a) removed.push(e.a);
		else if (e.op === 'insert' && e.b) added.push(e.b);
	}
	flush();
	return { changes, unchanged };
}

/**
 * Pairs removed and added blocks in order: first blocks of the same table cell (one change in place;
 * a placeholder replaced by text is an addition), then each remaining removed block with the most
 * similar later added one. Placeholders left unpaired are dropped: they are not content.
 */
function pair(removedAll: Block[], addedAll: Block[]): BlockChange[] {
	const inCell = new Map<Block, Block>();
	const taken = new Set<Block>();
	for (const old of removedAll) {
		if (old.slot === undefined) continue;
		const neu = addedAll.find((b) => b.slot === old.slot && !taken.has(b));
		if (!neu) continue;
		inCell.set(old, neu);
		taken.add(neu);
	}
	const out: BlockChange[] = [];
	const cellChange = (old: Block, neu: Block): BlockChange | null => {
		if (old.placeholder && neu.placeholder) return null;
		if (old.placeholder) return { kind: 'added', block: neu };
		if (neu.placeholder) return { kind: 'removed', block: old };
		return { kind: 'changed', old, new: neu, runs: cellRuns(old, neu) };
	};
	// Cell changes sit where the new text is; other blocks are paired by similarity.
	const removed = removedAll.filter((b) => !inCell.has(b) && !b.placeholder);
	const added = addedAll.filter((b) => !b.placeholder);
	const pairedOld = new Map([...inCell].map(([o, n]) => [n, o]));
	let next = 0;
	const emitAdded = (block: Block) => {
		const old = pairedOld.get(block);
		if (old) {
			const c = cellChange(old, block);
			if (c) out.push(c);
		} else out.push({ kind: 'added', block });
	};
	for (const [old, neu] of inCell) {
		// A cell emptied in the newer version: its placeholder is not in `added`.
		if (neu.placeholder) {
			const c = cellChange(old, neu);
			if (c) out.push(c);
		}
	}
	for (const old of removed) {
		let best = -1;
		let bestScore = 0;
		for (let j = next; j < added.length; j++) {
			if (pairedOld.has(added[j] as Block)) continue;
			const score = pairScore(old, added[j] as Block);
			if (score > bestScore) {
				best = j;
				bestScore = score;
				if (score === 1) break;
			}
		}
		if (best < 0) {
			out.push({ kind: 'removed', block: old });
			continue;
		}
		for (; next < best; next++) emitAdded(added[next] as Block);
		const neu = added[best] as Block;
		out.push({ kind: 'changed', old, new: neu, runs: diffWords(blockText(old), blockText(neu)) });
		next = best + 1;
	}
	for (; next < added.length; next++) emitAdded(added[next] as Block);
	return out;
}
