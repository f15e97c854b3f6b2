/**
 * The parallel view's wording in both languages (content/data/parallel-view/texts.json), checked
 * when the site is built. `{name}` marks a value filled in (src/i18n/fill.ts).
 */
import type { z } from 'astro/zod';
import { loadData } from '~/data/load';
import { wordingSchema } from '~/i18n/bilingual';
import { fill } from '~/i18n/fill';
import type { Lang } from '~/i18n/lang';
import raw from '../../content/data/parallel-view/texts.json';

const textsSchema = wordingSchema([
	'citeLabel',
	'title',
	'titleVersion',
	'description',
	'intro',
	'citeHelp',
	'back',
	'versionFacts',
	'otherVersions',
	'metaLabel',
	'metaLink',
	'columnsLabel',
	'column',
	'unpaired',
] as const);

export type ParallelTexts = z.infer<typeof textsSchema>;
export type ParallelKey = Exclude<keyof ParallelTexts, '$comment'>;

export const parallelTexts: ParallelTexts = loadData('parallel-view/texts.json', textsSchema, raw);

/** The text `key` in `lang`, filled. */
export const parallelText = (key: ParallelKey, lang: Lang, values?: Record<string, string>): string =>
	fill(parallelTexts[key][lang], values ?? {});
