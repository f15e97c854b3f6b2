/**
 * Facts about the associations' council that are not facts about the page presenting it
 * (content/data/council.json): its term of office, which is the council's, not the validity of
 * /jarjestoneuvottelukunta/ (a page's validity is its document metadata).
 */
import { z } from 'astro/zod';
import { loadData } from '~/data/load';
import { isoDate } from '~/schema/document';
import raw from '../../content/data/council.json';

export const councilSchema = z
	.object({
		$comment: z.string().optional(),
		termOfOffice: z
			.object({
				from: isoDate,
				until: isoDate,
				/** The source that gives the term (content/data/sources.json). */
				source: z.string().regex(/^\d{3}$/),
			})
			.strict()
			.refine((t) => t.from < t.until, { message: 'from must be before until', path: ['until'] }),
	})
	.strict();

export type Council = z.infer<typeof councilSchema>;

export function parseCouncil(data: unknown): Council {
	return loadData('council.json', councilSchema, data);
}

export const council: Council = parseCouncil(raw);
