/** The roadmap timeline's wording (content/data/roadmap-timeline/texts.json), validated at build time. */
import { z } from 'astro/zod';
import { loadData } from '~/data/load';
import { bilingual } from '~/i18n/bilingual';
import raw from '../../content/data/roadmap-timeline/texts.json';

export const timelineTextsSchema = z
	.object({
		$comment: z.string().optional(),
		svgTitle: bilingual,
		/** {groups} {first} {last} {planYear} {statuses} */
		summary: bilingual,
		sameInTable: bilingual,
		legendTitle: bilingual,
		legendBar: bilingual,
		legendCarriedOver: bilingual,
		/** {status} {planYear} */
		legendStatus: bilingual,
		noStatus: bilingual,
		tableCaption: bilingual,
		planStatusHeading: bilingual,
	})
	.strict();

export type TimelineTexts = z.infer<typeof timelineTextsSchema>;

export const timelineTexts: TimelineTexts = loadData('roadmap-timeline/texts.json', timelineTextsSchema, raw);
