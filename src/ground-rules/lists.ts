/**
 * Several named ground-rules lists in one browser (one per unit or association), their storage and
 * a list as a file to hand to a colleague or another device. Pure: no DOM, no storage access.
 *
 * Storage (version 2), under LISTS_STORAGE_KEY:
 *   { "v": 2, "active": "<list id>", "lists": [ { "id", "name", unit, associations, review, items, notes } ] }
 * Version 1 (one list, state.ts STORAGE_KEY) is read when there is no version 2 yet and becomes the
 * first list (`parseStoredLists`); the island then writes version 2 and removes version 1.
 *
 * A list file (`listToFile`) is JSON: { "format": FILE_FORMAT, "v": 2, "name", unit, … }.
 * `parseListFile` never throws: anything that is not such a file gives a reason the island words.
 */
import {
	type CorruptReason,
	cleanText,
	emptyState,
	isEmpty,
	isRecord,
	type KnownIds,
	MAX_LENGTH,
	parseBody,
	parseStored,
	readVersioned,
	type ToolState,
} from './state';

export const LISTS_VERSION = 2;
export const LISTS_STORAGE_KEY = `jarjestoyhteistyo.pelisaannot.v${LISTS_VERSION}`;
/** Identifies a list file, so that another JSON file is refused with a clear message. */
export const FILE_FORMAT = 'jarjestoyhteistyo-pelisaannot';
/** A list file is small (a full list is a few KB); anything far larger is not one. */
export const MAX_FILE_BYTES = 200_000;
export const MAX_LISTS = 50;

export interface NamedList {
	id: string;
	/** The list's name as the user gave it; empty until named (the island shows a default). */
	name: string;
	state: ToolState;
}

export interface Lists {
	/** Id of the list being edited; always one of `lists`. */
	active: string;
	/** Never empty. */
	lists: NamedList[];
}

export function initialLists(): Lists {
	return { active: 'l1', lists: [{ id: 'l1', name: '', state: emptyState() }] };
}

export function activeList(lists: Lists): NamedList {
	return lists.lists.find((l) => l.id === lists.active) ?? (lists.lists[0] as NamedList);
}

function nextId(lists: Lists): string {
	const n = Math.max(0, ...lists.lists.map((l) => Number(l.id.slice(1)) || 0));
	return `l${n + 1}`;
}

const cleanName = (name: string) => cleanText(name, MAX_LENGTH.name).trim();

/** Adds a list (made active). At MAX_LISTS nothing is added. */
export function addList(lists: Lists, name: string, state: ToolState = emptyState()): Lists {
	if (lists.lists.length >= MAX_LISTS) return lists;
	const id = nextId(lists);
	return { active: id, lists: [...lists.lists, { id, name: cleanName(name), state }] };
}

/** Renames a list (not trimmed: the person is typing; a name of spaces shows the default). */
export function renameList(lists: Lists, id: string, name: string): Lists {
	const clean = cleanText(name, MAX_LENGTH.name);
	return { ...lists, lists: lists.lists.map((l) => (l.id === id ? { ...l, name: clean } : l)) };
}

export function selectList(lists: Lists, id: string): Lists {
	return lists.lists.some((l) => l.id === id) ? { ...lists, active: id } : lists;
}

/** Removes a list; the first remaining one becomes active. Removing the last leaves one empty list. */
export function removeList(lists: Lists, id: string): Lists {
	const rest = lists.lists.filter((l) => l.id !== id);
	if (rest.length === 0) return initialLists();
	const active = rest.some((l) => l.id === lists.active) ? lists.active : (rest[0] as NamedList).id;
	return { active, lists: rest };
}

export function updateActive(lists: Lists, change: (state: ToolState) => ToolState): Lists {
	return {
		...lists,
		lists: lists.lists.map((l) => (l.id === lists.active ? { ...l, state: change(l.state) } : l)),
	};
}

/** Nothing worth storing: a single unnamed, empty list. */
export function listsAreEmpty(lists: Lists): boolean {
	const only = lists.lists[0];
	return lists.lists.length === 1 && only !== undefined && only.name === '' && isEmpty(only.state);
}

export function serializeLists(lists: Lists): string {
	return JSON.stringify({
		v: LISTS_VERSION,
		active: lists.active,
		lists: lists.lists.map((l) => ({ id: l.id, name: l.name, ...l.state })),
	});
}

export type StoredListsResult =
	| { status: 'empty'; lists: Lists }
	/** Read (from version 2, or `migrated` from version 1); `skipped` parts were left out. */
	| { status: 'ok'; lists: Lists; skipped: number; migrated: boolean }
	| { status: 'corrupt'; lists: Lists; reason: CorruptReason };

/** Reads version 2, else migrates version 1. Never throws. */
export function parseStoredLists(
	rawV2: string | null | undefined,
	rawV1: string | null | undefined,
	known: KnownIds,
): StoredListsResult {
	if (rawV2 === null || rawV2 === undefined || rawV2 === '') {
		const v1 = parseStored(rawV1, known);
		if (v1.status === 'empty') return { status: 'empty', lists: initialLists() };
		if (v1.status === 'corrupt') return { status: 'corrupt', lists: initialLists(), reason: v1.reason };
		const lists = initialLists();
		return { status: 'ok', lists: updateActive(lists, () => v1.state), skipped: v1.skipped, migrated: true };
	}
	const data = readVersioned(rawV2, LISTS_VERSION);
	if (typeof data === 'string') return { status: 'corrupt', lists: initialLists(), reason: data };
	if (!Array.isArray(data['lists'])) return { status: 'corrupt', lists: initialLists(), reason: 'shape' };
	let skipped = 0;
	const read: NamedList[] = [];
	const seen = new Set<string>();
	for (const entry of data['lists'].slice(0, MAX_LISTS)) {
		const id = isRecord(entry) ? entry['id'] : undefined;
		const body = isRecord(entry) ? parseBody(entry, known) : null;
		if (typeof id !== 'string' || !/^l\d{1,6}$/.test(id) || seen.has(id) || !body) {
			skipped++;
			continue;
		}
		seen.add(id);
		skipped += body.skipped;
		const name = isRecord(entry) && typeof entry['name'] === 'string' ? cleanName(entry['name']) : '';
		read.push({ id, name, state: body.state });
	}
	if (read.length === 0) return { status: 'corrupt', lists: initialLists(), reason: 'shape' };
	const active = read.some((l) => l.id === data['active']) ? (data['active'] as string) : (read[0] as NamedList).id;
	return { status: 'ok', lists: { active, lists: read }, skipped, migrated: false };
}

/** One list as the content of a file (readable JSON). */
export function listToFile(list: NamedList): string {
	return `${JSON.stringify({ format: FILE_FORMAT, v: LISTS_VERSION, name: list.name, ...list.state }, null, '\t')}\n`;
}

/** A file name from the list's name: letters (ä, ö, å kept), digits and hyphens. */
export function fileNameFor(displayName: string, prefix: string): string {
	const slug = displayName
		.toLowerCase()
		.normalize('NFC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${prefix}${slug ? `-${slug}` : ''}.json`;
}

export type ListFileResult =
	| { status: 'ok'; name: string; state: ToolState; skipped: number }
	| { status: 'error'; reason: 'size' | 'json' | 'format' | 'version' | 'shape' };

/** Reads a list file. Never throws: another file gives a reason, unusable entries are counted. */
export function parseListFile(text: string, known: KnownIds): ListFileResult {
	if (text.length > MAX_FILE_BYTES) return { status: 'error', reason: 'size' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { status: 'error', reason: 'json' };
	}
	if (!isRecord(data) || data['format'] !== FILE_FORMAT) return { status: 'error', reason: 'format' };
	if (data['v'] !== LISTS_VERSION && data['v'] !== 1) return { status: 'error', reason: 'version' };
	const body = parseBody(data, known);
	if (!body) return { status: 'error', reason: 'shape' };
	const name = typeof data['name'] === 'string' ? cleanName(data['name']) : '';
	return { status: 'ok', name, state: body.state, skipped: body.skipped };
}
