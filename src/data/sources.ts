import { z } from 'astro/zod';
import { loadData } from '~/data/load';
import { bilingual } from '~/i18n/bilingual';
import raw from '../../content/data/sources.json';

export const sourceSchema = z.object({
	id: z.string().regex(/^\d{3}$/),
	title: bilingual,
	publisher: bilingual,
	/** YYYY-MM-DD or YYYY-MM; null where the source gives no date. */
	date: z
		.string()
		.regex(/^\d{4}(-\d{2}){0,2}$/)
		.nullable(),
	usedFor: bilingual,
});

export type Source = z.infer<typeof sourceSchema>;

export const sources: Source[] = loadData('sources.json', z.object({ sources: z.array(sourceSchema) }), raw).sources;

export function sourceById(id: string): Source {
	const s = sources.find((x) => x.id === id);
	if (!s) throw new Error(`Unknown source id "${id}" (known: ${sources.map((x) => x.id).join(', ')})`);
	return s;
}
