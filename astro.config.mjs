// @ts-check
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { county } from './src/config/county.ts';
import { locales } from './src/config/locales.ts';
import { pagefindOptions } from './src/config/pagefind.ts';
import { sidebar } from './src/config/sidebar.ts';

export default defineConfig({
	site: county.siteUrl,
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: { fi: 'Järjestöyhteistyö', sv: 'Organisationssamarbete' },
			description: 'Hyvinvointialueen ja järjestöjen yhteistyö: periaatteet, avustukset ja yhteistyön muodot.',
			defaultLocale: 'root',
			locales,
			markdown: { processedDirs: ['./content/docs/'] },
			// Marks <html data-js> before the first paint when JavaScript runs, so CSS shows either
			// an island (rendered on the server) or its no-JavaScript fallback, never both (no CLS).
			head: [{ tag: 'script', content: "document.documentElement.setAttribute('data-js','')" }],
			sidebar,
			customCss: ['./src/styles/site.css', './src/styles/cite-links.css'],
			components: {
				Footer: './src/components/overrides/Footer.astro',
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Search: './src/components/overrides/Search.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
			},
			lastUpdated: false,
			// Code appears only in the developers' page example: plain <pre>, no highlighter markup
			// (Expressive Code's is invalid HTML and its copy button speaks English).
			expressiveCode: false,
			routeMiddleware: './src/starlight-route-data.ts',
			pagefind: pagefindOptions,
		}),
		preact(),
	],
	markdown: { syntaxHighlight: false },
});
