/**
 * State of the ground-rules tool (the checklist / vinkkilista as a tool): which commitments are in
 * place, who sees to each and by when, the unit's and the associations' names and free notes per
 * theme, and when the rules are to be reviewed. Pure: no DOM, no storage access. This is one list;
 * several named lists, their storage (version 2) and the list file are in ./lists.ts.
 *
 * Version 1 of the storage held a single list under STORAGE_KEY as the JSON of `serialize`;
 * `parseStored` reads it (lists.ts migrates it) and never throws: anything it cannot use is
 * reported (so the island can say so) and left out. `parseBody` reads a list's fields for both.
 */

/** The first storage version: one list. Read for migration (lists.ts). */
export const STORAGE_VERSION = 1;
export const STORAGE_KEY = `jarjestoyhteistyo.pelisaannot.v${STORAGE_VERSION}`;

/** Longest text kept per field (a paste of a whole document is cut, not stored whole). */
export const MAX_LENGTH = { name: 200, who: 200, when: 100, note: 2000 } as const;

export interface ItemProgress {
	/** The commitment is in place. */
	done: boolean;
	/** Who sees to it. */
	who: string;
	/** By when. */
	when: string;
}

export interface ToolState {
	/** The unit, e.g. "Keskustan sosiaali- ja terveyskeskus". */
	unit: string;
	/** The associations taking part. */
	associations: string;
	/** Item id → progress; items with nothing recorded are left out. */
	items: Record<string, ItemProgress>;
	/** Theme id → other things agreed in that theme. */
	notes: Record<string, string>;
	/** When the ground rules are to be reviewed next (free text, e.g. "1.3.2027"). */
	review: string;
}

/** The ids the state may refer to (from the checklist data). */
export interface KnownIds {
	items: readonly string[];
	themes: readonly string[];
}

export const emptyItem: ItemProgress = { done: false, who: '', when: '' };

export function emptyState(): ToolState {
	return { unit: '', associations: '', items: {}, notes: {}, review: '' };
}

export function itemOf(state: ToolState, id: string): ItemProgress {
	return state.items[id] ?? emptyItem;
}

const isBlankItem = (p: ItemProgress) => !p.done && p.who === '' && p.when === '';

/** Control characters out (newlines kept only where `multiline`), cut to `max` characters. */
export function cleanText(value: string, max: number, multiline = false): string {
	const chars = [...(multiline ? value.replace(/\r\n?/g, '\n') : value)].flatMap((ch) => {
		const code = ch.codePointAt(0) ?? 0;
		const control = code < 0x20 || code === 0x7f;
		if (!control) return [ch];
		if (multiline && ch === '\n') return [ch];
		return multiline ? [] : [' '];
	});
	return chars.slice(0, max).join('');
}

export function updateItem(state: ToolState, id: string, change: Partial<ItemProgress>): ToolState {
	const current = itemOf(state, id);
	const next: ItemProgress = {
		done: change.done ?? current.done,
		who: change.who === undefined ? current.who : cleanText(change.who, MAX_LENGTH.who),
		when: change.when === undefined ? current.when : cleanText(change.when, MAX_LENGTH.when),
	};
	const items = { ...state.items };
	if (isBlankItem(next)) delete items[id];
	else items[id] = next;
	return { ...state, items };
}

export function setNote(state: ToolState, themeId: string, note: string): ToolState {
	const notes = { ...state.notes };
	const value = cleanText(note, MAX_LENGTH.note, true);
	if (value.trim() === '') delete notes[themeId];
	else notes[themeId] = value;
	return { ...state, notes };
}

export function setNames(
	state: ToolState,
	change: Partial<Pick<ToolState, 'unit' | 'associations' | 'review'>>,
): ToolState {
	return {
		...state,
		review: change.review === undefined ? state.review : cleanText(change.review, MAX_LENGTH.when),
		unit: change.unit === undefined ? state.unit : cleanText(change.unit, MAX_LENGTH.name),
		associations:
			change.associations === undefined ? state.associations : cleanText(change.associations, MAX_LENGTH.name),
	};
}

export function isEmpty(state: ToolState): boolean {
	return (
		state.unit.trim() === '' &&
		state.associations.trim() === '' &&
		state.review.trim() === '' &&
		Object.keys(state.items).length === 0 &&
		Object.keys(state.notes).length === 0
	);
}

/** How many of the given items are marked as in place. */
export function progress(state: ToolState, itemIds: readonly string[]): { done: number; total: number } {
	return { done: itemIds.filter((id) => itemOf(state, id).done).length, total: itemIds.length };
}

interface Stored extends ToolState {
	v: number;
}

export function serialize(state: ToolState): string {
	const stored: Stored = { v: STORAGE_VERSION, ...state };
	return JSON.stringify(stored);
}

export type ParseResult =
	/** Nothing stored. */
	| { status: 'empty'; state: ToolState }
	/** Read; `skipped` parts could not be used (unknown ids, wrong types) and were left out. */
	| { status: 'ok'; state: ToolState; skipped: number }
	/** Unusable as a whole: not JSON, another version, or not the expected shape. */
	| { status: 'corrupt'; state: ToolState; reason: CorruptReason };

export const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Read what `serialize` wrote. Never throws; an unusable value gives an empty state and a reason. */
/** Why stored data cannot be read. */
export type CorruptReason = 'json' | 'version' | 'shape';

/** Parses stored JSON of the given format version `v`: the object, or why it cannot be read. Never throws. */
export function readVersioned(raw: string, version: number): Record<string, unknown> | CorruptReason {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return 'json';
	}
	if (!isRecord(data)) return 'shape';
	return data['v'] === version ? data : 'version';
}

export function parseStored(raw: string | null | undefined, known: KnownIds): ParseResult {
	if (raw === null || raw === undefined || raw === '') return { status: 'empty', state: emptyState() };
	const data = readVersioned(raw, STORAGE_VERSION);
	if (typeof data === 'string') return { status: 'corrupt', state: emptyState(), reason: data };
	const body = parseBody(data, known);
	return body ? { status: 'ok', ...body } : { status: 'corrupt', state: emptyState(), reason: 'shape' };
}

/** A list's fields from a parsed object; null when their shape is wrong. Unusable entries are counted. */
export function parseBody(
	data: Record<string, unknown>,
	known: KnownIds,
): { state: ToolState; skipped: number } | null {
	const { unit, associations, items, notes, review } = data;
	if (
		(unit !== undefined && typeof unit !== 'string') ||
		(associations !== undefined && typeof associations !== 'string') ||
		(review !== undefined && typeof review !== 'string') ||
		(items !== undefined && !isRecord(items)) ||
		(notes !== undefined && !isRecord(notes))
	) {
		return null;
	}
	let skipped = 0;
	let state = setNames(emptyState(), { unit: unit ?? '', associations: associations ?? '', review: review ?? '' });
	const knownItems = new Set(known.items);
	for (const [id, value] of Object.entries(items ?? {})) {
		if (
			!knownItems.has(id) ||
			!isRecord(value) ||
			typeof value['done'] !== 'boolean' ||
			typeof value['who'] !== 'string' ||
			typeof value['when'] !== 'string'
		) {
			skipped++;
			continue;
		}
		state = updateItem(state, id, { done: value['done'], who: value['who'], when: value['when'] });
	}
	const knownThemes = new Set(known.themes);
	for (const [id, value] of Object.entries(notes ?? {})) {
		if (!knownThemes.has(id) || typeof value !== 'string') {
			skipped++;
			continue;
		}
		state = setNote(state, id, value);
	}
	return { state, skipped };
}
