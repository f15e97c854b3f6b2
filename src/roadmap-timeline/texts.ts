/** The roadmap timeline's wording (content/data/roadmap-timeline/texts.json), validated at build time. */
import type { z } from 'astro/zod';
import { loadData } from '~/data/load';
import { wordingSchema } from '~/i18n/bilingual';
import raw from '../../content/data/roadmap-timeline/texts.json';

export const timelineTextsSchema = wordingSchema([
	'svgTitle',
	'summary', // {groups} {first} {last} {planYear} {statuses}
	'sameInTable',
	'legendTitle',
	'legendBar',
	'legendCarriedOver',
	'legendStatus', // {status} {planYear}
	'noStatus',
	'tableCaption',
	'planStatusHeading',
] as const);

export type TimelineTexts = z.infer<typeof timelineTextsSchema>;

export const timelineTexts: TimelineTexts = loadData('roadmap-timeline/texts.json', timelineTextsSchema, raw);
