/**
 * What changed between two versions of a document, by section: sections matched by their heading
 * path, blocks within a section matched by their text, and a changed block shown as a word diff.
 * Pure: input is the output of sectionsOfHtml (src/versions/extract.ts).
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
}

export interface Comparison {
	sections: SectionChange[];
	counts: Record<SectionKind, number>;
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
			});
		} else if (e.op === 'insert' && e.b) {
			sections.push({
				kind: 'added',
				path: e.b.path,
				...anchors(undefined, e.b.anchor),
				changes: e.b.blocks.map((block) => ({ kind: 'added', block })),
				unchanged: 0,
			});
		} else if (e.op === 'delete' && e.a) {
			sections.push({
				kind: 'removed',
				path: e.a.path,
				...anchors(e.a.anchor, undefined),
				changes: e.a.blocks.map((block) => ({ kind: 'removed', block })),
				unchanged: 0,
			});
		}
	}
	const counts: Record<SectionKind, number> = { unchanged: 0, changed: 0, added: 0, removed: 0 };
	for (const s of sections) counts[s.kind]++;
	return { sections, counts };
}

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

/** Pairs removed and added blocks in order, each removed block with the most similar later added one. */
function pair(removed: Block[], added: Block[]): BlockChange[] {
	const out: BlockChange[] = [];
	let next = 0;
	for (const old of removed) {
		let best = -1;
		let bestScore = 0;
		for (let j = next; j < added.length; j++) {
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
		for (; next < best; next++) out.push({ kind: 'added', block: added[next] as Block });
		const neu = added[best] as Block;
		out.push({ kind: 'changed', old, new: neu, runs: diffWords(blockText(old), blockText(neu)) });
		next = best + 1;
	}
	for (; next < added.length; next++) out.push({ kind: 'added', block: added[next] as Block });
	return out;
}
