/**
 * Pagefind options shared by the build (astro.config.mjs → Starlight) and the search UI
 * (src/components/overrides/Search.astro).
 */

/**
 * Metadata written for the index only (never shown in a result: src/site-search/keys.ts), with
 * its ranking weight: compound terms (src/search/add-search-terms.ts) weigh less than the page's
 * own words; month names (src/components/annual-cycle/AnnualCycleTable.astro) weigh more, so a
 * month finds what happens in it.
 */
export const indexOnlyMeta = { terms: 0.6, months: 2 } as const;

export const pagefindOptions = { ranking: { metaWeights: indexOnlyMeta } };
