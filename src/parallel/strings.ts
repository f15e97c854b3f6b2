/**
 * The parallel view's wording in both languages (content/data/parallel-view/strings.json), checked
 * when the site is built. `{name}` marks a value filled in (src/i18n/fill.ts).
 */
import { z } from 'astro/zod';
import { loadData } from '~/data/load';
import { bilingual } from '~/i18n/bilingual';
import { fill } from '~/i18n/fill';
import type { Lang } from '~/i18n/lang';
import raw from '../../content/data/parallel-view/strings.json';

const stringsSchema = z
	.object({
		citeLabel: bilingual,
		title: bilingual,
		titleVersion: bilingual,
		description: bilingual,
		intro: bilingual,
		citeHelp: bilingual,
		back: bilingual,
		versionFacts: bilingual,
		otherVersions: bilingual,
		metaLabel: bilingual,
		metaLink: bilingual,
		columnsLabel: bilingual,
		column: bilingual,
		unpaired: bilingual,
	})
	.strict();

export type ParallelStrings = z.infer<typeof stringsSchema>;
export type ParallelKey = keyof ParallelStrings;

export const parallelStrings: ParallelStrings = loadData('parallel-view/strings.json', stringsSchema, raw);

/** The string `key` in `lang`, filled. */
export const parallelText = (key: ParallelKey, lang: Lang, values?: Record<string, string>): string =>
	fill(parallelStrings[key][lang], values ?? {});
