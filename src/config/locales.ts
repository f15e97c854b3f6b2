/**
 * The site's languages as Starlight's `locales` option (astro.config.mjs) and the language
 * selector's options (src/components/overrides/LanguageSelect.astro) read them.
 */
export const locales = {
	root: { label: 'Suomi', lang: 'fi' },
	sv: { label: 'Svenska', lang: 'sv' },
};
