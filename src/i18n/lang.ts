/**
 * The site's two languages, the language of the page being rendered, and picking one language out
 * of a set of texts. No zod and no DOM: islands may import it.
 */

/** Finnish (at /) and Swedish (at /sv/), in that order. */
export const langs = ['fi', 'sv'] as const;
export type Lang = (typeof langs)[number];

/** A value in both languages, e.g. a text: `{ fi: 'Avustus', sv: 'Understöd' }`. */
export type Bilingual<T = string> = Readonly<Record<Lang, T>>;

/** What `pageLang` needs of `Astro` (or of a middleware's context). */
interface HasStarlightRoute {
	readonly locals: { readonly starlightRoute?: { readonly lang?: string } | undefined };
}

/**
 * The language of the page being rendered: Swedish on Swedish pages, otherwise Finnish (also where
 * no Starlight route is set, e.g. outside the docs collection).
 * Usage in a component: `const lang = pageLang(Astro);`
 */
export function pageLang(astro: HasStarlightRoute): Lang {
	return astro.locals.starlightRoute?.lang === 'sv' ? 'sv' : 'fi';
}

/** One language out of a set of texts: `{ key: { fi, sv } }` → `{ key: text }`, same keys, same order. */
export function localize<K extends string>(texts: Readonly<Record<K, Bilingual>>, lang: Lang): Record<K, string> {
	return Object.fromEntries(Object.entries<Bilingual>(texts).map(([key, text]) => [key, text[lang]])) as Record<
		K,
		string
	>;
}
