/** The search-term data (content/data/search-terms.json), validated at build time. */
import { z } from 'astro/zod';
import { loadData } from '~/data/load';
import raw from '../../content/data/search-terms.json';
import type { SearchTermData } from './compound-terms';

const word = z.string().trim().min(1);
const perLang = <T extends z.ZodType>(value: T) =>
	z.object({ fi: z.record(word, value), sv: z.record(word, value) }).strict();

export const searchTermsSchema = z
	.object({
		$comment: z.string().optional(),
		heads: perLang(z.array(word)),
		notCompounds: perLang(z.array(word)),
		synonyms: perLang(word),
	})
	.strict();

export const searchTerms: SearchTermData = loadData('search-terms.json', searchTermsSchema, raw);
