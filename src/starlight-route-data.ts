/**
 * Starlight route middleware (astro.config.mjs → routeMiddleware), for every Starlight page:
 * - advertises the change feed of the page's language in the head
 *   (<link rel="alternate" type="application/atom+xml">);
 * - gives print styles the site's address (--site-origin), so that printed link targets are full
 *   addresses (src/styles/site.css);
 * - keeps older versions of versioned documents out of the search index, so that search finds
 *   current versions by default (older ones are listed in each document's status panel and on the
 *   change history page, which are indexed);
 * - gives every version of a document its schema.org JSON-LD (src/versions/json-ld.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageLang } from '~/i18n/lang';
import { county } from './config/county';
import { versionIndex } from './versions/collection';
import { feedPath } from './versions/feed-endpoint';
import { documentJsonLd, jsonLdScript } from './versions/json-ld';
import { historyOf, versionAt } from './versions/model';

const siteOrigin = new URL(county.siteUrl).origin;

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const lang = pageLang(context);
	route.head.push({
		tag: 'link',
		attrs: {
			rel: 'alternate',
			type: 'application/atom+xml',
			title: context.locals.t('feed.linkTitle'),
			href: feedPath(lang),
		},
	});
	route.head.push({ tag: 'style', content: `:root{--site-origin:${JSON.stringify(siteOrigin)}}` });
	if (route.entry.data.document) {
		const index = await versionIndex();
		const here = versionAt(index, context.url.pathname);
		if (here && !here.version.isCurrent) route.entry.data.pagefind = false;
		if (here) {
			const other = historyOf(index, here.history.docId, lang === 'sv' ? 'fi' : 'sv');
			route.head.push({
				tag: 'script',
				attrs: { type: 'application/ld+json' },
				content: jsonLdScript(documentJsonLd(here.version, here.history, other)),
			});
		}
	}
});
