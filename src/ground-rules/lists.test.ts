import { describe, expect, it } from 'vitest';
import { checklist } from '~/data/checklist';
import {
	activeList,
	addList,
	FILE_FORMAT,
	fileNameFor,
	initialLists,
	LISTS_VERSION,
	listsAreEmpty,
	listToFile,
	MAX_FILE_BYTES,
	parseListFile,
	parseStoredLists,
	removeList,
	renameList,
	selectList,
	serializeLists,
	updateActive,
} from './lists';
import { emptyState, type KnownIds, serialize, setNames, setNote, updateItem } from './state';

const known: KnownIds = {
	items: checklist.themes.flatMap((t) => [...t.unit, ...t.association].map((i) => i.id)),
	themes: checklist.themes.map((t) => t.id),
};
const [firstItem = ''] = known.items;
const [firstTheme = ''] = known.themes;

const filled = () =>
	setNote(
		updateItem(setNames(emptyState(), { unit: 'Keskustan sote-keskus', review: '1.3.2027' }), firstItem, {
			done: true,
			who: 'Maija',
			when: '31.3.2026',
		}),
		firstTheme,
		'Tapaamme kerran kuussa.',
	);

describe('several named lists', () => {
	it('adds, selects, renames, edits only the active list and removes', () => {
		let lists = updateActive(initialLists(), filled);
		lists = addList(lists, '  Kylä ry  ');
		expect(lists.lists.map((l) => l.name)).toEqual(['', 'Kylä ry']);
		expect(activeList(lists).name).toBe('Kylä ry');
		expect(activeList(lists).state).toEqual(emptyState());
		lists = updateActive(lists, (s) => setNames(s, { unit: 'Pohjoinen' }));
		lists = selectList(lists, 'l1');
		expect(activeList(lists).state.unit).toBe('Keskustan sote-keskus');
		expect(lists.lists[1]?.state.unit).toBe('Pohjoinen');
		lists = renameList(lists, 'l1', 'Keskusta');
		expect(activeList(lists).name).toBe('Keskusta');
		lists = removeList(lists, 'l1');
		expect(lists.lists.map((l) => l.id)).toEqual(['l2']);
		expect(lists.active).toBe('l2');
		// A new list never reuses an id that is still in use.
		expect(addList(lists, 'x').active).toBe('l3');
		// Removing the last list leaves one empty list.
		expect(listsAreEmpty(removeList(lists, 'l2'))).toBe(true);
		expect(selectList(lists, 'nope')).toBe(lists);
	});

	it('round-trips through storage', () => {
		const lists = addList(updateActive(initialLists(), filled), 'Kylä ry');
		const back = parseStoredLists(serializeLists(lists), null, known);
		expect(back).toEqual({ status: 'ok', lists, skipped: 0, migrated: false });
		expect(JSON.parse(serializeLists(lists))).toMatchObject({ v: LISTS_VERSION, active: 'l2' });
	});

	it('migrates a version 1 list into the first list, keeping everything', () => {
		const v1 = serialize(setNames(filled(), { review: '' }));
		const r = parseStoredLists(null, v1, known);
		expect(r.status).toBe('ok');
		if (r.status !== 'ok') return;
		expect(r.migrated).toBe(true);
		expect(r.lists.lists).toHaveLength(1);
		expect(activeList(r.lists).state).toEqual(setNames(filled(), { review: '' }));
		// Version 2, once written, wins over version 1.
		expect(parseStoredLists(serializeLists(initialLists()), v1, known)).toMatchObject({ migrated: false });
	});

	it.each([
		['not JSON', '{"v":2,', 'json'],
		['another version', '{"v":99,"lists":[]}', 'version'],
		['no lists', '{"v":2,"lists":"x"}', 'shape'],
		['no usable list', '{"v":2,"lists":[{"id":"<b>","unit":"x"}]}', 'shape'],
	])('gives an empty list and a reason when the stored data is %s', (_name, raw, reason) => {
		expect(parseStoredLists(raw, null, known)).toEqual({ status: 'corrupt', lists: initialLists(), reason });
	});

	it('skips unusable lists and entries, keeps the rest', () => {
		const raw = JSON.stringify({
			v: 2,
			active: 'l9',
			lists: [{ id: 'l1', name: 'A', items: { nope: { done: true, who: '', when: '' } } }, { id: 'l1' }, 'x'],
		});
		const r = parseStoredLists(raw, null, known);
		expect(r).toMatchObject({ status: 'ok', skipped: 3 });
		if (r.status === 'ok') expect(r.lists.active).toBe('l1');
	});
});

describe('a list as a file', () => {
	it('survives export and import', () => {
		const list = { id: 'l1', name: 'Keskusta', state: filled() };
		expect(parseListFile(listToFile(list), known)).toEqual({
			status: 'ok',
			name: 'Keskusta',
			state: filled(),
			skipped: 0,
		});
		expect(JSON.parse(listToFile(list))).toMatchObject({ format: FILE_FORMAT, v: LISTS_VERSION });
	});

	it.each([
		['not JSON', 'hello', 'json'],
		['another JSON file', '{"name":"x"}', 'format'],
		['a JSON array', '[1,2]', 'format'],
		['a later version', `{"format":"${FILE_FORMAT}","v":3}`, 'version'],
		['a wrong shape', `{"format":"${FILE_FORMAT}","v":2,"items":[]}`, 'shape'],
		['far too large', `{"x":"${'a'.repeat(MAX_FILE_BYTES)}"}`, 'size'],
	])('refuses %s with a reason, never throws', (_name, text, reason) => {
		expect(parseListFile(text, known)).toEqual({ status: 'error', reason });
	});

	it('names the file after the list', () => {
		expect(fileNameFor('Keskustan sote-keskus / Kylä ry', 'pelisaannot')).toBe(
			'pelisaannot-keskustan-sote-keskus-kylä-ry.json',
		);
		expect(fileNameFor('  ', 'pelisaannot')).toBe('pelisaannot.json');
	});
});
