/**
 * Compound splitting for search: Pagefind stems Finnish and Swedish words but does not split
 * closed compounds, so `avustus` would not find a page that only says `järjestöavustus`.
 * Finnish and Swedish compounds end in their head, so a word counts as a compound of a head term
 * only when it *ends* in the term or one of its listed forms after a first part of at least two
 * letters (`verksamhetsunderstöd`, `järjestöavustuksen`), never when the letters only occur inside
 * an unrelated word (`råd` in `välfärdsområde`). Words listed under `notCompounds` end in a head
 * without being a compound of it (`samråd` is not a `råd`). Pure: no I/O, no DOM.
 */
import type { Lang } from '~/i18n/lang';

type PerLang<T> = Readonly<Record<Lang, Readonly<Record<string, T>>>>;

/** The search-term data (content/data/search-terms.json). */
export interface SearchTermData {
	/** Per language: head term → the inflected forms people type (may be empty). */
	heads: PerLang<readonly string[]>;
	/** Per language: head term → word endings that end in the head without being compounds of it. */
	notCompounds: PerLang<readonly string[]>;
	/** Per language: head term → another word for the same thing (`understöd` → `bidrag`). */
	synonyms: PerLang<string>;
}

/** Shortest first part of a compound. */
const minFirstPart = 2;

/** Words of a text, lowercased; hyphenated compounds are also split at the hyphen. */
export function wordsOf(text: string, lang: Lang): string[] {
	const words = text.toLocaleLowerCase(lang).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
	const out: string[] = [];
	for (const w of words) {
		out.push(w);
		if (w.includes('-')) out.push(...w.split('-').filter(Boolean));
	}
	return out;
}

/**
 * The form of `head` that `word` is a compound of (`järjestöavustuksen` → `avustuksen`), or null
 * when the word is not a compound of it: it does not end in a form, the first part is shorter than
 * two letters, or the word is the head itself.
 */
export function compoundForm(
	word: string,
	head: string,
	forms: readonly string[],
	not: readonly string[] = [],
): string | null {
	if (not.some((n) => word.endsWith(n))) return null;
	for (const form of [head, ...forms]) {
		if (!word.endsWith(form)) continue;
		if (word.slice(0, -form.length).replace(/-$/, '').length >= minFirstPart) return form;
	}
	return null;
}

/**
 * Extra search words for a text: for each compound of a head term, the head and its listed forms
 * (järjestöavustuksen → avustus, avustukset, …). Each word once, sorted.
 */
export function compoundTerms(text: string, lang: Lang, data: SearchTermData): string[] {
	const found = new Set<string>();
	const heads = headsOf(lang, data);
	for (const word of new Set(wordsOf(text, lang))) {
		for (const { head, forms, not } of heads) {
			if (compoundForm(word, head, forms, not) === null) continue;
			found.add(head);
			for (const f of forms) found.add(f);
		}
	}
	return [...found].sort();
}

/** How a text uses a head that has a synonym. */
export interface SynonymUse {
	head: string;
	synonym: string;
	/** How many words of the text contain the head. */
	uses: number;
	/** The words with the synonym in the head's place (verksamhetsunderstöd → verksamhetsbidrag), each once. */
	words: string[];
}

/**
 * The synonyms of the heads a text uses: for each word containing a head that has a synonym, as a
 * whole part (at the end in one of its forms, or before a linking "s": understödsbeslut), not
 * inside another word (understödda), the word with the synonym in its place, and how often the
 * text uses the head (search ranks a page by it).
 */
export function synonymUses(text: string, lang: Lang, data: SearchTermData): SynonymUse[] {
	const out: SynonymUse[] = [];
	for (const { head, forms } of headsOf(lang, data)) {
		const synonym = data.synonyms[lang][head];
		if (!synonym) continue;
		let uses = 0;
		const words = new Set<string>();
		for (const word of wordsOf(text, lang)) {
			if (word.includes('-')) continue; // its parts follow
			const at = word.indexOf(head);
			if (at < 0) continue;
			const rest = word.slice(at);
			if (![head, ...forms].includes(rest) && !rest.startsWith(`${head}s`)) continue;
			uses++;
			words.add(word.slice(0, at) + synonym + rest.slice(head.length));
		}
		if (uses > 0) out.push({ head, synonym, uses, words: [...words].sort() });
	}
	return out;
}

function headsOf(lang: Lang, data: SearchTermData) {
	return Object.entries(data.heads[lang]).map(([head, forms]) => ({
		head: head.toLocaleLowerCase(lang),
		forms: forms.map((f) => f.toLocaleLowerCase(lang)),
		not: data.notCompounds[lang][head] ?? [],
	}));
}
