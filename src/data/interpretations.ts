/**
 * The interpretation register: every place where the site corrects or interprets one of the
 * five sources (typo fixes, readings of ambiguous or permissive sentences, names inferred,
 * merged or renamed, omissions). Data: content/data/interpretations/<source-id>.json, one file
 * per source. Rendered on the sources page (/lahteet/, /sv/lahteet/); the pages an entry
 * concerns link to it (src/components/interpretations/InterpretationLinks.astro).
 *
 * The loader names the file and field of every problem and fails the build on any of them.
 */
import { z } from 'astro/zod';
import { checkData, DataError, loadData } from '~/data/load';
import { bilingual, wordingSchema } from '~/i18n/bilingual';
import type { Lang } from '~/i18n/lang';
import rawTexts from '../../content/data/interpretations/_texts.json';

import { sources } from './sources';

const text = z.string().trim().min(1);

export const interpretationKinds = ['typo', 'reading', 'name', 'merge', 'omission'] as const;
export type InterpretationKind = (typeof interpretationKinds)[number];

/** A Finnish page path as the site links it: "/tiekartta/", "/tiekartta/2023-03/", "/". */
const pagePath = z
	.string()
	.regex(/^\/([a-z0-9-]+\/)*$/, 'must be a Finnish page path such as "/tiekartta/" (leading and trailing "/")')
	.refine((p) => !p.startsWith('/sv/'), 'must be the Finnish path; the Swedish one is "/sv" + the same path');

export const interpretationSchema = z
	.object({
		/** Unique across all files; becomes the anchor (#tulkinta-<id>, #tolkning-<id>). */
		id: z
			.string()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens, e.g. "004-asukkaat"'),
		/** The source's id; must match the file name. */
		source: z.string().regex(/^\d{3}$/, 'must be a source id such as "004"'),
		kind: z.enum(interpretationKinds),
		/** Where in the source (slide, section, table), in both languages. */
		place: bilingual,
		/** The source's exact words (Finnish, as the source has them). */
		sourceWords: text,
		/** What the site shows instead. */
		siteShows: bilingual,
		/** Why. */
		why: bilingual,
		/** Finnish paths of the pages the entry concerns; each of them links to the entry. */
		pages: z.array(pagePath).min(1),
	})
	.strict();

export const interpretationFileSchema = z
	.object({ $comment: z.string().optional(), entries: z.array(interpretationSchema) })
	.strict();

export type Interpretation = z.infer<typeof interpretationSchema>;

/**
 * Parses every file (path → parsed JSON) and cross-checks them: the file is named after a known
 * source, every entry's `source` is that source, ids are unique across all files. Throws one
 * Error listing every problem as "<file>: <field>: <message>".
 */
export function loadInterpretations(files: Record<string, unknown>, sourceIds: readonly string[]): Interpretation[] {
	const problems: string[] = [];
	const all: { file: string; entry: Interpretation; index: number }[] = [];
	for (const [path, raw] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
		const file = path.split('/').pop() ?? path;
		const fileSource = /^(\d{3})\.json$/.exec(file)?.[1];
		if (!fileSource) {
			problems.push(`${file}: the file name must be a source id, e.g. "004.json"`);
			continue;
		}
		if (!sourceIds.includes(fileSource)) {
			problems.push(`${file}: there is no source "${fileSource}" in content/data/sources.json`);
		}
		const parsed = checkData(path, interpretationFileSchema, raw);
		if (parsed.problems) {
			problems.push(...parsed.problems);
			continue;
		}
		parsed.data.entries.forEach((entry, index) => {
			if (entry.source !== fileSource) {
				problems.push(
					`${file}: entries.${index}.source: is "${entry.source}" but the file is for source "${fileSource}"`,
				);
			}
			all.push({ file, entry, index });
		});
	}
	const seen = new Map<string, string>();
	for (const { file, entry, index } of all) {
		const where = `${file}: entries.${index}.id`;
		const first = seen.get(entry.id);
		if (first) problems.push(`${where}: "${entry.id}" is used twice (first at ${first})`);
		else seen.set(entry.id, where);
	}
	if (problems.length > 0) throw new DataError('interpretation register (content/data/interpretations/)', problems);
	return all.map((x) => x.entry);
}

const rawFiles = import.meta.glob<unknown>(
	['../../content/data/interpretations/*.json', '!../../content/data/interpretations/_*.json'],
	{ eager: true, import: 'default' },
);

/** Every entry, in source order and, within a source, in the file's order. */
export const interpretations: Interpretation[] = loadInterpretations(
	rawFiles,
	sources.map((s) => s.id),
);

/** The entries of one source, in the file's order. */
export function interpretationsOf(
	sourceId: string,
	list: readonly Interpretation[] = interpretations,
): Interpretation[] {
	return list.filter((e) => e.source === sourceId);
}

/** The anchor of an entry on the sources page of a language. */
export function interpretationAnchor(id: string, lang: Lang): string {
	return `${lang === 'sv' ? 'tolkning' : 'tulkinta'}-${id}`;
}

/** The address of an entry: /lahteet/#tulkinta-<id>, /sv/lahteet/#tolkning-<id>. */
export function interpretationHref(id: string, lang: Lang): string {
	return `${lang === 'sv' ? '/sv' : ''}/lahteet/#${interpretationAnchor(id, lang)}`;
}

/** The Finnish path of a page ("/sv/tiekartta/" → "/tiekartta/"; "/tiekartta" → "/tiekartta/"). */
export function finnishPath(pathname: string): string {
	const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return withSlash === '/sv/' ? '/' : withSlash.replace(/^\/sv\//, '/');
}

/** The entries that concern a page, given its address in either language. */
export function interpretationsFor(
	pathname: string,
	list: readonly Interpretation[] = interpretations,
): Interpretation[] {
	const path = finnishPath(pathname);
	return list.filter((e) => e.pages.includes(path));
}

/** The register's wording: flat (src/i18n/bilingual.ts), plus the group `kind` (a name for each kind of entry). */
export const interpretationTextsSchema = wordingSchema(
	[
		'intro',
		'sourceHeading',
		'none',
		'place',
		'sourceWords',
		'siteShows',
		'why',
		'pages',
		'version',
		'linksSummary',
		'linksSummaryOne',
		'linksLabel',
	] as const,
	{
		kind: z
			.object(
				Object.fromEntries(interpretationKinds.map((k) => [k, bilingual])) as Record<
					InterpretationKind,
					typeof bilingual
				>,
			)
			.strict(),
	},
);

/** The register's wording (content/data/interpretations/_texts.json). */
export const interpretationTexts = loadData('interpretations/_texts.json', interpretationTextsSchema, rawTexts);
