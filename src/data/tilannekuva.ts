/**
 * The national situation picture of the wellbeing services counties' cooperation with
 * associations (source 003, situation 04/2024): data in content/data/tilannekuva/*.json,
 * validated here and exported typed.
 */
import { z } from 'astro/zod';
import { loadData } from '~/data/load';
import { bilingual, wordingSchema } from '~/i18n/bilingual';
import { fill } from '~/i18n/fill';
import type { Lang } from '~/i18n/lang';
import asiakirjaRaw from '../../content/data/tilannekuva/asiakirja.json';
import countiesRaw from '../../content/data/tilannekuva/counties.json';
import lahellaRaw from '../../content/data/tilannekuva/lahella.json';
import rakenteetRaw from '../../content/data/tilannekuva/rakenteet.json';
import resursointiRaw from '../../content/data/tilannekuva/resursointi.json';
import textsRaw from '../../content/data/tilannekuva/texts.json';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens');

export const countySchema = z.object({ id: slug, name: bilingual }).strict();
export type County = z.infer<typeof countySchema>;

/**
 * One entry in a cell. A proper name (the name of a body) keeps its Finnish form in Swedish too:
 * its `sv` is the Finnish name followed by a Swedish translation in parentheses.
 */
export const itemSchema = z
	.object({ properName: z.boolean().default(false), fi: z.string().trim().min(1), sv: z.string().trim().min(1) })
	.strict()
	.superRefine((item, ctx) => {
		if (item.properName && !(item.sv.startsWith(`${item.fi} (`) && item.sv.endsWith(')'))) {
			ctx.addIssue({
				code: 'custom',
				path: ['sv'],
				message: `a proper name's Swedish text must be "${item.fi} (<Swedish translation>)"`,
			});
		}
	});

/** A note of a table (the source's * and ** footnotes), referenced by rows. */
export const noteSchema = z
	.object({ id: slug, marker: z.string().regex(/^\*+$/, 'must be one or more asterisks'), text: bilingual })
	.strict();

export const rowSchema = z
	.object({
		county: slug,
		/** The source's "Muotoutumassa" (being formed). */
		forming: z.boolean().default(false),
		/** Empty where the source's cell is empty or "-". */
		items: z.array(itemSchema),
		/** The source's cell is "-" (shown as "-"); without it, an empty list is an empty cell in the source. */
		dash: z.literal(true).optional(),
		notes: z.array(slug).default([]),
	})
	.strict()
	.refine((r) => !r.dash || r.items.length === 0, { message: 'dash goes with an empty items list', path: ['dash'] });

export const countyTableSchema = z
	.object({
		id: slug,
		caption: bilingual,
		columns: z.object({ county: bilingual, value: bilingual }).strict(),
		notes: z.array(noteSchema).default([]),
		rows: z.array(rowSchema).min(1),
	})
	.strict()
	.superRefine((t, ctx) => {
		const noteIds = new Set(t.notes.map((n) => n.id));
		const seen = new Set<string>();
		t.rows.forEach((r, i) => {
			if (seen.has(r.county)) {
				ctx.addIssue({ code: 'custom', path: ['rows', i, 'county'], message: `"${r.county}" appears twice` });
			}
			seen.add(r.county);
			for (const n of r.notes) {
				if (!noteIds.has(n)) {
					ctx.addIssue({ code: 'custom', path: ['rows', i, 'notes'], message: `unknown note "${n}"` });
				}
			}
		});
		for (const n of t.notes) {
			if (!t.rows.some((r) => r.notes.includes(n.id))) {
				ctx.addIssue({ code: 'custom', path: ['notes'], message: `note "${n.id}" is not attached to any row` });
			}
		}
	});
export type CountyTable = z.infer<typeof countyTableSchema>;

export const categorySchema = z.object({ id: slug, label: bilingual, examplesBelow: z.boolean() }).strict();

const withComment = <T extends z.ZodRawShape>(shape: T) =>
	z.object({ $comment: z.string().optional(), ...shape }).strict();

/** Texts with placeholders the code fills in: each must keep them. */
const withPlaceholders = (...names: string[]) =>
	bilingual.refine(
		(s) => [s.fi, s.sv].every((t) => names.every((n) => t.includes(`{${n}}`))),
		`must contain ${names.map((n) => `{${n}}`).join(' and ')}`,
	);

/** The components' wording: flat (src/i18n/bilingual.ts); two texts keep their placeholders. */
export const textsSchema = wordingSchema(
	[
		'filterLabel',
		'forming',
		'noEntry',
		'notesHeading',
		'sourceDash',
		'noteRef',
		'backToTable',
		'examplesBelow',
	] as const,
	{ filterCount: withPlaceholders('shown', 'total'), filterNone: withPlaceholders('query') },
);

export const counties: County[] = loadData(
	'tilannekuva/counties.json',
	withComment({ counties: z.array(countySchema).min(1) }),
	countiesRaw,
).counties;

const countyIds = new Set(counties.map((c) => c.id));

/** Fails on a row whose county is not in counties.json. */
function checkCounties(t: CountyTable): CountyTable {
	for (const r of t.rows) {
		if (!countyIds.has(r.county)) throw new Error(`tilannekuva table "${t.id}": unknown county "${r.county}"`);
	}
	return t;
}

const rakenteet = loadData(
	'tilannekuva/rakenteet.json',
	withComment({ tables: z.array(countyTableSchema).length(2) }),
	rakenteetRaw,
);
const lahella = loadData(
	'tilannekuva/lahella.json',
	withComment({ categories: z.array(categorySchema).length(3), table: countyTableSchema }),
	lahellaRaw,
);
const asiakirja = loadData(
	'tilannekuva/asiakirja.json',
	withComment({
		categories: z.array(categorySchema).length(3),
		contents: z.array(bilingual).min(1),
		examples: z.array(bilingual).min(1),
	}),
	asiakirjaRaw,
);
const resursointi = loadData('tilannekuva/resursointi.json', withComment({ table: countyTableSchema }), resursointiRaw);

/** Every county table by id. */
export const tables = Object.fromEntries(
	[...rakenteet.tables, lahella.table, resursointi.table].map((t) => [t.id, checkCounties(t)]),
) as Record<string, CountyTable>;

export type TableId = 'jarjestolahtoinen' | 'hyvinvointialue' | 'lahella' | 'resursointi';

export function tableById(id: string): CountyTable {
	const t = tables[id];
	if (!t) throw new Error(`Unknown tilannekuva table "${id}" (known: ${Object.keys(tables).join(', ')})`);
	return t;
}

/** The categories of the source's colour legends. */
export const categories = { lahella: lahella.categories, asiakirja: asiakirja.categories };

/** What a cooperation document may contain, and the source's example documents. */
export const documentLists = { contents: asiakirja.contents, examples: asiakirja.examples };

/** The components' wording (content/data/tilannekuva/texts.json). */
export const ui = loadData('tilannekuva/texts.json', textsSchema, textsRaw);

export function countyById(id: string): County {
	const c = counties.find((x) => x.id === id);
	if (!c) throw new Error(`Unknown county "${id}"`);
	return c;
}

/** Text of the filter's row count, e.g. "Näkyvissä 3/16 riviä". */
export function countText(lang: Lang, shown: number, total: number): string {
	return fill(ui.filterCount[lang], { shown, total });
}
