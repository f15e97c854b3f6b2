/**
 * One Swedish term per concept: finds the variants the site does not use
 * (content/data/swedish-terms.json) in a Swedish text. Pure: no I/O.
 */
import { z } from 'astro/zod';
import { loadData } from '~/data/load';
import raw from '../../content/data/swedish-terms.json';

const schema = z.object({
	deprecated: z.array(
		z.object({ pattern: z.string().min(1), inSentenceWith: z.string().optional(), use: z.string().min(1) }),
	),
	hyte: z.object({ firstUse: z.string().min(1) }),
});

export const swedishTerms = loadData('swedish-terms.json', schema, raw);

export interface TermFinding {
	/** The words found. */
	found: string;
	/** The term the site uses instead. */
	use: string;
}

/** `\b` of a pattern as a word boundary that knows letters such as å, ä, ö (JavaScript's `\b` does not). */
const boundary = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))';
export const termPattern = (pattern: string, flags = 'giu'): RegExp =>
	new RegExp(pattern.replaceAll('\\b', boundary), flags);

/** Sentences of a text (a rule with `inSentenceWith` looks at one sentence at a time). */
function sentencesOf(text: string): string[] {
	return text.split(/(?<=[.!?;:])\s+|\n+/);
}

/** The deprecated variants in a Swedish text, and an unexplained "hyte" (its first use must be explained). */
export function deprecatedSwedishTerms(text: string, terms = swedishTerms): TermFinding[] {
	const out: TermFinding[] = [];
	for (const rule of terms.deprecated) {
		const re = termPattern(rule.pattern);
		const context = rule.inSentenceWith ? termPattern(rule.inSentenceWith, 'iu') : null;
		for (const sentence of context ? sentencesOf(text) : [text]) {
			if (context && !context.test(sentence)) continue;
			for (const m of sentence.matchAll(re)) out.push({ found: m[0], use: rule.use });
		}
	}
	const hyte = text.search(termPattern('\\bhyte\\b', 'iu'));
	if (
		hyte >= 0 &&
		!text
			.slice(0, hyte + 4)
			.toLowerCase()
			.endsWith(terms.hyte.firstUse.toLowerCase().slice(0, -1))
	) {
		out.push({ found: text.slice(Math.max(0, hyte - 30), hyte + 5), use: `first use: ${terms.hyte.firstUse}` });
	}
	return out;
}
