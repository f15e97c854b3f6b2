/**
 * The change feed endpoint of one language (Astro glue for src/versions/feed.ts), used by
 * src/pages/muutokset.xml.ts and src/pages/sv/muutokset.xml.ts.
 */
import type { APIRoute } from 'astro';
import { county } from '~/config/county';
import type { Lang } from '~/i18n/lang';
import fi from '../../content/i18n/fi.json';
import sv from '../../content/i18n/sv.json';
import { versionIndex } from './collection';
import { atomXml, buildFeed } from './feed';
import { langPrefix } from './model';

const strings = { fi, sv };

/** The feed's own path, e.g. "/muutokset.xml" or "/sv/muutokset.xml". */
export const feedPath = (lang: Lang): string => `${langPrefix(lang)}/muutokset.xml`;

export function feedEndpoint(lang: Lang): APIRoute {
	return async () => {
		const s = strings[lang];
		const feed = buildFeed(await versionIndex(), lang, {
			siteUrl: county.siteUrl,
			selfPath: feedPath(lang),
			pagePath: `${langPrefix(lang)}/muutokset/`,
			author: county.name[lang].nominative,
			strings: {
				title: `${county.name[lang].nominative}: ${s['feed.title']}`,
				subtitle: s['feed.subtitle'],
				version: s['history.version'],
				status: {
					draft: s['doc.status.draft'],
					presented: s['doc.status.presented'],
					approved: s['doc.status.approved'],
					'in-force': s['doc.status.in-force'],
					superseded: s['doc.status.superseded'],
				},
			},
		});
		return new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
	};
}
