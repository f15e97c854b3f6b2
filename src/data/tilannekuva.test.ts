import { describe, expect, it } from 'vitest';
import asiakirjaRaw from '../../content/data/tilannekuva/asiakirja.json';
import countiesRaw from '../../content/data/tilannekuva/counties.json';
import lahellaRaw from '../../content/data/tilannekuva/lahella.json';
import rakenteetRaw from '../../content/data/tilannekuva/rakenteet.json';
import resursointiRaw from '../../content/data/tilannekuva/resursointi.json';
import textsRaw from '../../content/data/tilannekuva/texts.json';
import {
	categories,
	counties,
	countText,
	countyTableSchema,
	documentLists,
	itemSchema,
	rowSchema,
	tableById,
	tables,
	textsSchema,
} from './tilannekuva';

/** Row counts of the source's tables (seed 003, situation 04/2024). */
const sourceRowCounts = { jarjestolahtoinen: 16, hyvinvointialue: 17, lahella: 9, resursointi: 22 };

describe('tilannekuva data', () => {
	it('has the tables of the source with the same number of rows', () => {
		expect(Object.keys(tables).sort()).toEqual(Object.keys(sourceRowCounts).sort());
		for (const [id, n] of Object.entries(sourceRowCounts)) {
			expect(tableById(id).rows, id).toHaveLength(n);
		}
	});

	it('has as many bodies per structure table as the source names', () => {
		const itemCount = (id: string) => tableById(id).rows.reduce((sum, r) => sum + r.items.length, 0);
		expect(itemCount('jarjestolahtoinen')).toBe(21);
		expect(itemCount('hyvinvointialue')).toBe(22);
	});

	it('keeps the source lists: 3 + 3 categories, 8 contents, 6 example documents', () => {
		expect(categories.lahella).toHaveLength(3);
		expect(categories.asiakirja).toHaveLength(3);
		expect(categories.lahella.filter((c) => c.examplesBelow).map((c) => c.id)).toEqual(['suositus']);
		expect(categories.asiakirja.filter((c) => c.examplesBelow).map((c) => c.id)).toEqual(['on']);
		expect(documentLists.contents).toHaveLength(8);
		expect(documentLists.examples).toHaveLength(6);
	});

	it('marks only the source\'s "Muotoutumassa" rows as forming', () => {
		const forming = Object.values(tables).flatMap((t) =>
			t.rows.filter((r) => r.forming).map((r) => `${t.id}:${r.county}`),
		);
		expect(forming.sort()).toEqual(['hyvinvointialue:vantaa-kerava', 'jarjestolahtoinen:lansi-uusimaa']);
	});

	it('leaves empty only the cells that are empty or "-" in the source', () => {
		const empty = Object.values(tables).flatMap((t) =>
			t.rows.filter((r) => r.items.length === 0).map((r) => `${t.id}:${r.county}`),
		);
		expect(empty.sort()).toEqual(['lahella:ita-uusimaa', 'resursointi:etela-pohjanmaa']);
	});

	it('uses only valid counties, each once per table', () => {
		const ids = counties.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toHaveLength(22);
		for (const t of Object.values(tables)) {
			const rowIds = t.rows.map((r) => r.county);
			expect(new Set(rowIds).size, t.id).toBe(rowIds.length);
			for (const id of rowIds) expect(ids, `${t.id}: ${id}`).toContain(id);
		}
		// every county of the picture appears in at least one table
		const used = new Set(Object.values(tables).flatMap((t) => t.rows.map((r) => r.county)));
		expect([...used].sort()).toEqual([...ids].sort());
	});

	it('gives the official Swedish county names', () => {
		const sv = Object.fromEntries(counties.map((c) => [c.name.fi, c.name.sv]));
		expect(sv.Pohjanmaa).toBe('Österbotten');
		expect(sv['Vantaa-Kerava']).toBe('Vanda och Kervo');
		expect(sv.Helsinki).toBe('Helsingfors');
		expect(sv.Satakunta).toBe('Satakunta');
	});

	it('has every string in both fi and sv', () => {
		const raws = { asiakirjaRaw, countiesRaw, lahellaRaw, rakenteetRaw, resursointiRaw, textsRaw };
		/** Keys whose values are identifiers or flags, not text. */
		const nonText = new Set(['$comment', 'id', 'county', 'marker', 'notes']);
		const problems: string[] = [];
		const walk = (v: unknown, path: string, inBilingual: boolean) => {
			if (typeof v === 'string') {
				if (!inBilingual) problems.push(`${path}: text outside a { fi, sv } object`);
				else if (v.trim() === '') problems.push(`${path}: empty`);
				return;
			}
			if (Array.isArray(v)) {
				v.forEach((x, i) => {
					walk(x, `${path}[${i}]`, false);
				});
				return;
			}
			if (v && typeof v === 'object') {
				const o = v as Record<string, unknown>;
				const bilingual = 'fi' in o || 'sv' in o;
				if (bilingual && !(typeof o.fi === 'string' && typeof o.sv === 'string')) {
					problems.push(`${path}: missing fi or sv`);
				}
				for (const [k, x] of Object.entries(o)) {
					if (nonText.has(k)) continue;
					walk(x, `${path}.${k}`, bilingual && (k === 'fi' || k === 'sv'));
				}
			}
		};
		for (const [name, raw] of Object.entries(raws)) walk(raw, name, false);
		expect(problems).toEqual([]);
	});

	it('keeps Finnish proper names in Swedish, followed by a translation', () => {
		expect(() => itemSchema.parse({ properName: true, fi: 'Järjestöneuvosto', sv: 'Organisationsråd' })).toThrow();
		expect(
			itemSchema.parse({ properName: true, fi: 'Järjestöneuvosto', sv: 'Järjestöneuvosto (organisationsråd)' }),
		).toBeTruthy();
	});

	it('requires every note to be attached to a row and every row note to exist', () => {
		const base = {
			id: 't',
			caption: { fi: 'a', sv: 'a' },
			columns: { county: { fi: 'a', sv: 'a' }, value: { fi: 'a', sv: 'a' } },
		};
		const note = { id: 'n1', marker: '*', text: { fi: 'a', sv: 'a' } };
		const ok = { ...base, notes: [note], rows: [{ county: 'helsinki', items: [], notes: ['n1'] }] };
		expect(countyTableSchema.safeParse(ok).success).toBe(true);
		const unattached = { ...base, notes: [note], rows: [{ county: 'helsinki', items: [] }] };
		expect(countyTableSchema.safeParse(unattached).success).toBe(false);
		const unknown = { ...base, rows: [{ county: 'helsinki', items: [], notes: ['n2'] }] };
		expect(countyTableSchema.safeParse(unknown).success).toBe(false);
	});

	it('writes the filter count in both languages', () => {
		expect(countText('fi', 3, 16)).toBe('Näkyvissä 3/16 riviä');
		expect(countText('sv', 3, 16)).toBe('3 av 16 rader visas');
	});

	it('refuses wording that drops a placeholder the code fills in', () => {
		expect(textsSchema.safeParse(textsRaw).success).toBe(true);
		const texts = structuredClone(textsRaw);
		texts.filterCount.sv = '{shown} rader visas'; // {total} dropped
		texts.filterNone.fi = 'Ei osumia';
		const issues = textsSchema.safeParse(texts).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		expect(issues).toEqual(['filterCount: must contain {shown} and {total}', 'filterNone: must contain {query}']);
	});
});

describe("the source's '-' and empty cells", () => {
	it("keeps the source's '-' apart from an empty cell", () => {
		const row = (table: 'lahella' | 'resursointi', county: string) =>
			tableById(table).rows.find((r) => r.county === county);
		expect(row('lahella', 'ita-uusimaa')).toMatchObject({ items: [], dash: true });
		expect(row('resursointi', 'etela-pohjanmaa')?.items).toEqual([]);
		expect(row('resursointi', 'etela-pohjanmaa')?.dash).toBeUndefined();
	});
	it("refuses a '-' on a row that has entries", () => {
		expect(rowSchema.safeParse({ county: 'x', items: [{ fi: 'a', sv: 'a' }], dash: true }).success).toBe(false);
	});
});
