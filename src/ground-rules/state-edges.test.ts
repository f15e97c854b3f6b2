/**
 * The ground-rules state on small hand-made ids: exact empty values, which item fields keep an item,
 * the limits of each field, the characters cleaned out, and each field of stored data checked on
 * its own. Written to kill mutants the other tests let survive (docs/mutation-testing.md).
 */
import { describe, expect, it } from 'vitest';
import {
	cleanText,
	emptyItem,
	emptyState,
	isEmpty,
	isRecord,
	itemOf,
	type KnownIds,
	MAX_LENGTH,
	parseBody,
	parseStored,
	readVersioned,
	STORAGE_KEY,
	serialize,
	setNames,
	setNote,
	updateItem,
} from './state';

const known: KnownIds = { items: ['i1', 'i2'], themes: ['t1', 't2'] };

describe('empty values', () => {
	it('an empty state and an item with nothing recorded', () => {
		expect(emptyState()).toEqual({ unit: '', associations: '', items: {}, notes: {}, review: '' });
		expect(emptyItem).toEqual({ done: false, who: '', when: '' });
		expect(itemOf(emptyState(), 'i1')).toEqual({ done: false, who: '', when: '' });
		expect(isEmpty(emptyState())).toBe(true);
	});

	it('the storage key names the tool and its version', () => {
		expect(STORAGE_KEY).toBe('jarjestoyhteistyo.pelisaannot.v1');
	});

	it('the limits per field', () => {
		expect(MAX_LENGTH).toEqual({ name: 200, who: 200, when: 100, note: 2000 });
	});
});

describe('which fields keep an item', () => {
	it('done, who or when alone keeps it; clearing the last one drops it', () => {
		expect(updateItem(emptyState(), 'i1', { done: true }).items).toEqual({ i1: { done: true, who: '', when: '' } });
		expect(updateItem(emptyState(), 'i1', { who: 'A' }).items).toEqual({ i1: { done: false, who: 'A', when: '' } });
		expect(updateItem(emptyState(), 'i1', { when: 'B' }).items).toEqual({ i1: { done: false, who: '', when: 'B' } });
		const s = updateItem(emptyState(), 'i1', { who: 'A', when: 'B' });
		expect(updateItem(s, 'i1', { who: '' }).items).toEqual({ i1: { done: false, who: '', when: 'B' } });
		expect(updateItem(updateItem(s, 'i1', { who: '' }), 'i1', { when: '' }).items).toEqual({});
	});

	it('a change to one field keeps the others', () => {
		const s = updateItem(emptyState(), 'i1', { done: true, who: 'A', when: 'B' });
		expect(itemOf(updateItem(s, 'i1', { when: 'C' }), 'i1')).toEqual({ done: true, who: 'A', when: 'C' });
		expect(itemOf(updateItem(s, 'i1', { who: 'D' }), 'i1')).toEqual({ done: true, who: 'D', when: 'B' });
		expect(itemOf(updateItem(s, 'i1', {}), 'i1')).toEqual({ done: true, who: 'A', when: 'B' });
		expect(itemOf(updateItem(s, 'i1', { done: false }), 'i1')).toEqual({ done: false, who: 'A', when: 'B' });
	});

	it('each text field is cut to its own limit', () => {
		const s = updateItem(emptyState(), 'i1', { who: 'w'.repeat(300), when: 'x'.repeat(300) });
		expect(itemOf(s, 'i1').who).toHaveLength(200);
		expect(itemOf(s, 'i1').when).toHaveLength(100);
		const n = setNames(emptyState(), { unit: 'u'.repeat(300), associations: 'a'.repeat(300), review: 'r'.repeat(300) });
		expect([n.unit.length, n.associations.length, n.review.length]).toEqual([200, 200, 100]);
		expect(setNote(emptyState(), 't1', 'n'.repeat(3000)).notes['t1']).toHaveLength(2000);
	});
});

describe('names and notes', () => {
	it('a change to one name keeps the others', () => {
		const s = setNames(emptyState(), { unit: 'U', associations: 'A', review: 'R' });
		expect(setNames(s, { unit: 'V' })).toMatchObject({ unit: 'V', associations: 'A', review: 'R' });
		expect(setNames(s, { associations: 'B' })).toMatchObject({ unit: 'U', associations: 'B', review: 'R' });
		expect(setNames(s, { review: 'S' })).toMatchObject({ unit: 'U', associations: 'A', review: 'S' });
	});

	it('a note keeps its line breaks and its spaces; one of only spaces removes it', () => {
		let s = setNote(emptyState(), 't1', ' eka\n toka ');
		expect(s.notes).toEqual({ t1: ' eka\n toka ' });
		s = setNote(s, 't2', 'x');
		s = setNote(s, 't1', ' \n ');
		expect(s.notes).toEqual({ t2: 'x' });
	});

	it('any one thing recorded makes the state non-empty', () => {
		expect(isEmpty(setNames(emptyState(), { unit: 'U' }))).toBe(false);
		expect(isEmpty(setNames(emptyState(), { associations: 'A' }))).toBe(false);
		expect(isEmpty(setNames(emptyState(), { review: 'R' }))).toBe(false);
		expect(isEmpty(updateItem(emptyState(), 'i1', { done: true }))).toBe(false);
		expect(isEmpty(setNote(emptyState(), 't1', 'N'))).toBe(false);
		// names of spaces only (as stored) count as empty
		expect(isEmpty({ ...emptyState(), unit: ' ', associations: ' ', review: ' ' })).toBe(true);
	});
});

describe('cleanText', () => {
	it('a lone carriage return is a line break in a multi-line text', () => {
		expect(cleanText('a\rb\r\nc', 10, true)).toBe('a\nb\nc');
	});

	it('DEL and the other control characters go; printable characters stay', () => {
		expect(cleanText('a\u007fb\u001fc d~', 10)).toBe('a b c d~');
		expect(cleanText('a\u007fb\tc d', 10, true)).toBe('abc d');
		expect(cleanText('a\nb', 10)).toBe('a b');
	});
});

describe('stored data, field by field', () => {
	it('serialize writes the version first, then the state', () => {
		expect(serialize(emptyState())).toBe('{"v":1,"unit":"","associations":"","items":{},"notes":{},"review":""}');
	});

	it('isRecord takes plain objects only', () => {
		expect(isRecord({})).toBe(true);
		expect(isRecord(null)).toBe(false);
		expect(isRecord([])).toBe(false);
		expect(isRecord('x')).toBe(false);
	});

	it('readVersioned: the object, or why not', () => {
		expect(readVersioned('{"v":3,"a":1}', 3)).toEqual({ v: 3, a: 1 });
		expect(readVersioned('{"v":3}', 1)).toBe('version');
		expect(readVersioned('[]', 1)).toBe('shape');
		expect(readVersioned('{', 1)).toBe('json');
	});

	it('each name must be a string when present', () => {
		for (const field of ['unit', 'associations', 'review']) {
			expect(parseBody({ [field]: 1 }, known), field).toBeNull();
			expect(parseBody({ [field]: 'x' }, known)?.state[field as 'unit']).toBe('x');
		}
		expect(parseBody({ items: 'x' }, known)).toBeNull();
		expect(parseBody({ notes: [] }, known)).toBeNull();
		expect(parseBody({}, known)).toEqual({ state: emptyState(), skipped: 0 });
	});

	it('an item needs done, who and when of the right types', () => {
		const item = { done: true, who: 'A', when: 'B' };
		for (const broken of [{ ...item, done: 'true' }, { ...item, who: 1 }, { ...item, when: null }, 'x', null]) {
			expect(parseBody({ items: { i1: broken } }, known), JSON.stringify(broken)).toEqual({
				state: emptyState(),
				skipped: 1,
			});
		}
		expect(parseBody({ items: { i1: item, i9: item } }, known)).toEqual({
			state: { ...emptyState(), items: { i1: item } },
			skipped: 1,
		});
	});

	it('a note needs a known theme and a string', () => {
		expect(parseBody({ notes: { t1: 'N', t2: 5, t9: 'M' } }, known)).toEqual({
			state: { ...emptyState(), notes: { t1: 'N' } },
			skipped: 2,
		});
	});

	it('a stored list goes through the same cleaning as typing', () => {
		const raw = JSON.stringify({
			v: 1,
			unit: 'a\tb',
			items: { i1: { done: false, who: '', when: '' } },
			notes: { t1: ' ' },
		});
		expect(parseStored(raw, known)).toEqual({ status: 'ok', state: { ...emptyState(), unit: 'a b' }, skipped: 0 });
	});
});
