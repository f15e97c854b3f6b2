/**
 * Pagefind options shared by the build (astro.config.mjs → Starlight) and the search UI
 * (src/components/overrides/Search.astro): compound terms weigh less than the page's own words.
 */
export const pagefindOptions = { ranking: { metaWeights: { terms: 0.6, months: 2 } } };
