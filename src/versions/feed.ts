/**
 * The change feed (Atom 1.0, RFC 4287) of one language: one entry per document version, newest
 * first, with absolute URLs. Pure string work.
 */
import type { Lang } from '~/i18n/lang';
import type { DocumentStatus } from '~/schema/document';
import { changeHistory, compareUrl, type DocHistory, previousVersion } from './model';

export interface FeedEntry {
	id: string;
	title: string;
	/** Absolute URL of the version's page. */
	url: string;
	/** Absolute URL of the page comparing it with the previous version, if any. */
	compareUrl?: string;
	/** RFC 3339 date-time. */
	updated: string;
	summary: string;
	category: string;
}

export interface Feed {
	lang: Lang;
	title: string;
	subtitle: string;
	/** Absolute URL of the feed itself. */
	selfUrl: string;
	/** Absolute URL of the change history page. */
	pageUrl: string;
	author: string;
	updated: string;
	entries: FeedEntry[];
}

/** The words the feed needs in its language. */
export interface FeedStrings {
	title: string;
	subtitle: string;
	/** "versio {{version}}" */
	version: string;
	status: Record<DocumentStatus, string>;
}

export function escapeXml(s: string): string {
	return s.replace(
		/[<>&'"]/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
	);
}

/** A metadata date (YYYY, YYYY-MM or YYYY-MM-DD) as an Atom date-time at midnight UTC of its first day. */
export function atomDate(date: string): string {
	const [y, m = '01', d = '01'] = date.split('-');
	return `${y}-${m}-${d}T00:00:00Z`;
}

/** The feed of one language from the version index. */
export function buildFeed(
	index: readonly DocHistory[],
	lang: Lang,
	o: { siteUrl: string; selfPath: string; pagePath: string; author: string; strings: FeedStrings },
): Feed {
	const abs = (path: string) => new URL(path, `${o.siteUrl.replace(/\/$/, '')}/`).href;
	const versions = changeHistory(index, lang);
	const dated = versions.map((v) => v.date).filter((d): d is string => Boolean(d));
	const newest = dated.map(atomDate).sort().at(-1) ?? atomDate('2000');
	// An undated version (the source gives no date) is listed under the feed's newest date, which Atom requires.
	const entries = versions.map((v): FeedEntry => {
		const history = index.find((h) => h.docId === v.docId && h.lang === lang) as DocHistory;
		const prev = previousVersion(history, v.version);
		return {
			id: abs(v.permalink),
			title: `${v.title} – ${o.strings.version.replace('{{version}}', v.version)} (${o.strings.status[v.meta.status].toLowerCase()})`,
			url: abs(v.permalink),
			...(prev ? { compareUrl: abs(compareUrl(v.slug, prev.version, v.version, lang)) } : {}),
			updated: v.date ? atomDate(v.date) : newest,
			summary: v.meta.changeNote,
			category: v.meta.status,
		};
	});
	entries.sort((a, b) => b.updated.localeCompare(a.updated));
	return {
		lang,
		title: o.strings.title,
		subtitle: o.strings.subtitle,
		selfUrl: abs(o.selfPath),
		pageUrl: abs(o.pagePath),
		author: o.author,
		updated: newest,
		entries,
	};
}

export function atomXml(feed: Feed): string {
	const x = escapeXml;
	const entries = feed.entries.map(
		(e) => `  <entry>
    <id>${x(e.id)}</id>
    <title>${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
${e.compareUrl ? `    <link rel="related" type="text/html" href="${x(e.compareUrl)}"/>\n` : ''}    <updated>${x(e.updated)}</updated>
    <category term="${x(e.category)}"/>
    <summary type="text">${x(e.summary)}</summary>
  </entry>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">
  <id>${x(feed.selfUrl)}</id>
  <title>${x(feed.title)}</title>
  <subtitle>${x(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.pageUrl)}"/>
  <updated>${x(feed.updated)}</updated>
  <author><name>${x(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
