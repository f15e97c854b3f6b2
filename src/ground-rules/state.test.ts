import { describe, expect, it } from 'vitest';
import { checklist } from '~/data/checklist';
import {
	cleanText,
	emptyState,
	isEmpty,
	itemOf,
	type KnownIds,
	MAX_LENGTH,
	parseStored,
	progress,
	STORAGE_KEY,
	serialize,
	setNames,
	setNote,
	updateItem,
} from './state';

const known: KnownIds = {
	items: checklist.themes.flatMap((t) => [...t.unit, ...t.association].map((i) => i.id)),
	themes: checklist.themes.map((t) => t.id),
};
const [firstItem = '', secondItem = ''] = known.items;
const [firstTheme = ''] = known.themes;

function filled() {
	let s = emptyState();
	s = setNames(s, { unit: 'Keskustan sote-keskus', associations: 'Kylä ry; Seniorit ry' });
	s = updateItem(s, firstItem, { done: true, who: 'Maija, yhdyshenkilö', when: '31.3.2026' });
	s = updateItem(s, secondItem, { when: 'syksyllä' });
	s = setNote(s, firstTheme, 'Tapaamiset\nkerran kuussa');
	return s;
}

describe('ground-rules state', () => {
	it('uses a versioned storage key', () => {
		expect(STORAGE_KEY).toMatch(/\.v\d+$/);
	});

	it('records progress per item and leaves blank items out', () => {
		let s = updateItem(emptyState(), firstItem, { done: true });
		expect(itemOf(s, firstItem)).toEqual({ done: true, who: '', when: '' });
		s = updateItem(s, firstItem, { done: false });
		expect(s.items).toEqual({});
		expect(isEmpty(s)).toBe(true);
	});

	it('counts what is in place', () => {
		expect(progress(filled(), known.items)).toEqual({ done: 1, total: known.items.length });
		expect(known.items.length).toBe(15);
	});

	it('cleans and cuts text input', () => {
		expect(cleanText('a\tb\u0000c', 10)).toBe('a b c');
		expect(cleanText('rivi 1\r\nrivi 2\u0007', 100, true)).toBe('rivi 1\nrivi 2');
		expect(cleanText('x'.repeat(500), MAX_LENGTH.who)).toHaveLength(MAX_LENGTH.who);
		expect(cleanText('😀'.repeat(3), 2)).toBe('😀😀');
		expect(setNote(emptyState(), firstTheme, '   ').notes).toEqual({});
	});
});

describe('storage round trip', () => {
	it('reads back exactly what it wrote', () => {
		const s = filled();
		const back = parseStored(serialize(s), known);
		expect(back).toEqual({ status: 'ok', state: s, skipped: 0 });
	});

	it('writes the version into the stored value', () => {
		expect(JSON.parse(serialize(emptyState()))).toMatchObject({ v: 1 });
	});

	it('treats nothing stored as empty', () => {
		for (const raw of [null, undefined, '']) {
			expect(parseStored(raw, known)).toEqual({ status: 'empty', state: emptyState() });
		}
	});
});

describe('corrupt stored data: a reason, never an exception', () => {
	const cases: [string, string, 'json' | 'version' | 'shape'][] = [
		['not JSON', '{"v":1,', 'json'],
		['random text', 'hello', 'json'],
		['a JSON string', '"hello"', 'shape'],
		['a number', '42', 'shape'],
		['null', 'null', 'shape'],
		['an array', '[1,2]', 'shape'],
		['no version', '{"unit":"x"}', 'version'],
		['another version', '{"v":2,"unit":"x"}', 'version'],
		['version as a string', '{"v":"1"}', 'version'],
		['unit not a string', '{"v":1,"unit":5}', 'shape'],
		['items not an object', '{"v":1,"items":[]}', 'shape'],
		['notes not an object', '{"v":1,"notes":"x"}', 'shape'],
	];
	it.each(cases)('%s', (_name, raw, reason) => {
		expect(parseStored(raw, known)).toEqual({ status: 'corrupt', state: emptyState(), reason });
	});

	it('skips items it cannot use and keeps the rest', () => {
		const raw = JSON.stringify({
			v: 1,
			unit: 'Yksikkö',
			items: {
				[firstItem]: { done: true, who: 'A', when: '' },
				[secondItem]: { done: 'yes', who: 'B', when: '' },
				'ei-tallaista': { done: true, who: '', when: '' },
				__proto__: { done: true, who: '', when: '' },
			},
			notes: { [firstTheme]: 'Muistiinpano', tuntematon: 'x', [known.themes[1] ?? '']: 7 },
		});
		const r = parseStored(raw, known);
		expect(r.status).toBe('ok');
		if (r.status !== 'ok') return;
		expect(r.skipped).toBe(4);
		expect(r.state.unit).toBe('Yksikkö');
		expect(Object.keys(r.state.items)).toEqual([firstItem]);
		expect(r.state.notes).toEqual({ [firstTheme]: 'Muistiinpano' });
	});

	it('a stored "__proto__" key (JSON.parse keeps it as an own key) is skipped and pollutes nothing', () => {
		// Written as text: an object literal's `__proto__:` sets the prototype and JSON.stringify drops it.
		const raw = `{"v":1,"items":{"${firstItem}":{"done":true,"who":"","when":""},"__proto__":{"done":true,"who":"x","when":""}},"notes":{"__proto__":"x"}}`;
		expect(Object.keys(JSON.parse(raw).items)).toContain('__proto__');
		const r = parseStored(raw, known);
		if (r.status !== 'ok') throw new Error(r.status);
		expect(r.skipped).toBe(2);
		expect(Object.keys(r.state.items)).toEqual([firstItem]);
		expect(Object.hasOwn(r.state.items, '__proto__')).toBe(false);
		expect(Object.getPrototypeOf(r.state.items)).not.toHaveProperty('done');
		expect(Object.keys(r.state.notes)).toEqual([]);
		expect(({} as Record<string, unknown>)['done']).toBeUndefined();
	});

	it('cuts stored text that is too long and drops control characters', () => {
		const raw = JSON.stringify({
			v: 1,
			unit: `${'x'.repeat(1000)}`,
			items: { [firstItem]: { done: false, who: 'a\u0000b', when: '' } },
		});
		const r = parseStored(raw, known);
		if (r.status !== 'ok') throw new Error(r.status);
		expect(r.state.unit).toHaveLength(MAX_LENGTH.name);
		expect(itemOf(r.state, firstItem).who).toBe('a b');
	});

	it('survives random garbage', () => {
		let seed = 7;
		const rnd = () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed / 2 ** 31;
		};
		const pieces = ['{', '}', '[', ']', '"v"', ':', '1', ',', '"items"', '"x"', 'null', 'true', '"unit"', '{"v":1,'];
		for (let i = 0; i < 500; i++) {
			const raw = Array.from(
				{ length: 1 + Math.floor(rnd() * 12) },
				() => pieces[Math.floor(rnd() * pieces.length)],
			).join('');
			const r = parseStored(raw, known);
			expect(['empty', 'ok', 'corrupt']).toContain(r.status);
		}
	});
});
