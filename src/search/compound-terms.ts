/**
 * Compound splitting for search: Pagefind stems Finnish and Swedish words but does not split
 * closed compounds, so `avustus` would not find a page that only says `järjestöavustus`.
 * For each word of a page that contains a known head term, the page gets the term (and the
 * matched tail of the word) as extra searchable words. Pure: no I/O, no DOM.
 */
export type SearchLang = 'fi' | 'sv';

/** Per language: head term → the inflected forms people type (may be empty). */
export type HeadTerms = Readonly<Record<SearchLang, Readonly<Record<string, readonly string[]>>>>;

/** The part of a head term that must appear in a word: Finnish inflects the end of the stem. */
export function stemOf(term: string, lang: SearchLang): string {
	const t = term.toLocaleLowerCase(lang);
	if (lang === 'fi' && t.length >= 7) return t.slice(0, -2);
	if (lang === 'fi' && t.length >= 5) return t.slice(0, -1);
	return t;
}

/** Words of a text, lowercased; hyphenated compounds are also split at the hyphen. */
export function wordsOf(text: string, lang: SearchLang): string[] {
	const words = text.toLocaleLowerCase(lang).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
	const out: string[] = [];
	for (const w of words) {
		out.push(w);
		if (w.includes('-')) out.push(...w.split('-').filter(Boolean));
	}
	return out;
}

/**
 * Extra search words for a text: for each compound word containing a head term's stem, the
 * head term, its listed forms and the word's tail from the stem on (e.g. järjestöavustuksen →
 * avustus, avustukset, …, avustuksen). Words that start with the stem are not compounds of it.
 */
export function compoundTerms(text: string, lang: SearchLang, heads: HeadTerms): string[] {
	const found = new Set<string>();
	const stems = Object.entries(heads[lang]).map(([term, forms]) => ({
		words: [term, ...forms].map((w) => w.toLocaleLowerCase(lang)),
		stem: stemOf(term, lang),
	}));
	for (const word of new Set(wordsOf(text, lang))) {
		for (const { words, stem } of stems) {
			const at = word.indexOf(stem);
			if (at <= 0) continue; // not in the word, or the word starts with it (no compound to split)
			for (const w of words) found.add(w);
			found.add(word.slice(at));
		}
	}
	return [...found].sort();
}
