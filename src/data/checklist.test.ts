import { describe, expect, it } from 'vitest';
import raw from '../../content/data/checklist/checklist.json';
import { checklist, checklistSchema } from './checklist';

/** Every { fi, sv } object anywhere in a value, with its path. */
function bilingualStrings(value: unknown, path = '$'): { path: string; fi: unknown; sv: unknown }[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => bilingualStrings(v, `${path}[${i}]`));
	if (value && typeof value === 'object') {
		const obj = value as Record<string, unknown>;
		if ('fi' in obj || 'sv' in obj) return [{ path, fi: obj['fi'], sv: obj['sv'] }];
		return Object.entries(obj).flatMap(([k, v]) => bilingualStrings(v, `${path}.${k}`));
	}
	return [];
}

const allIds = (c = checklist) =>
	c.themes.flatMap((t) => [t.id, ...t.unit.map((i) => i.id), ...t.association.map((i) => i.id)]);

describe('checklist data (vinkkilista)', () => {
	it('has the four themes of the source, in order', () => {
		expect(checklist.themes.map((t) => t.id)).toEqual(['yhdyshenkilot', 'kohtaamiset', 'sopiminen', 'tilat']);
		expect(checklist.themes.map((t) => t.title.fi)).toEqual([
			'Yhdyshenkilöt',
			'Kohtaamiset ja kehittäminen',
			'Yhteistyöstä sopiminen',
			'Tilojen käyttö',
		]);
	});

	it('gives every theme commitments on both sides', () => {
		for (const theme of checklist.themes) {
			expect(theme.unit.length, theme.id).toBeGreaterThan(0);
			expect(theme.association.length, theme.id).toBeGreaterThan(0);
		}
	});

	it('uses unique ids across themes and items', () => {
		const ids = allIds();
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('has every string in both Finnish and Swedish', () => {
		const strings = bilingualStrings(raw);
		// labels (3) + per theme: title + items
		expect(strings.length).toBe(3 + checklist.themes.reduce((n, t) => n + 1 + t.unit.length + t.association.length, 0));
		for (const s of strings) {
			expect(typeof s.fi === 'string' && s.fi.trim().length > 0, `${s.path}.fi`).toBe(true);
			expect(typeof s.sv === 'string' && s.sv.trim().length > 0, `${s.path}.sv`).toBe(true);
			expect(s.sv, `${s.path} is not translated`).not.toBe(s.fi);
		}
	});

	it('rejects a duplicate id', () => {
		const copy = structuredClone(raw);
		const [first, second] = copy.themes;
		const item = second?.unit[0];
		if (!first || !item) throw new Error('fixture changed');
		item.id = first.id;
		const result = checklistSchema.safeParse(copy);
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('duplicate id');
	});

	it('rejects a missing Swedish text', () => {
		const copy = structuredClone(raw) as { themes: { association: { text: { sv?: string } }[] }[] };
		const text = copy.themes[2]?.association[0]?.text;
		if (!text) throw new Error('fixture changed');
		delete text.sv;
		expect(checklistSchema.safeParse(copy).success).toBe(false);
	});
});
