import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '~/schema/document';
import { atomDate, atomXml, buildFeed, escapeXml } from './feed';
import { buildVersionIndex } from './model';

const meta = (version: string, extra: Partial<DocumentMeta> = {}): DocumentMeta => ({
	id: 'tiekartta',
	version,
	status: 'superseded',
	changeNote: `Muutos <${version}> & "lainaus"`,
	changeKind: 'major',
	sources: ['004'],
	...extra,
});
// Built in each test, not while the file is collected (Stryker would count it as "static").
const indexOf = () =>
	buildVersionIndex(
		['', 'sv/'].flatMap((p) => [
			{
				entryId: `${p}tiekartta/2024-05`,
				title: 'Tiekartta',
				description: '',
				meta: meta('2024-05', { status: 'draft' }),
			},
			{
				entryId: `${p}tiekartta`,
				title: 'Tiekartta (2023)',
				description: '',
				meta: meta('2023-03', { status: 'approved', approvedBy: 'lautakunta', approvedOn: '2023-03' }),
			},
		]),
	);
const strings = {
	title: 'Muutokset',
	subtitle: 'Uudet versiot',
	version: 'versio {{version}}',
	status: {
		draft: 'Luonnos',
		presented: 'Esitetty',
		approved: 'Hyväksytty',
		'in-force': 'Voimassa',
		superseded: 'Korvattu',
	},
};
const feedOf = () =>
	buildFeed(indexOf(), 'sv', {
		siteUrl: 'https://esimerkki.example',
		selfPath: '/sv/muutokset.xml',
		pagePath: '/sv/muutokset/',
		author: 'Esimerkki',
		strings,
	});

describe('buildFeed', () => {
	it('lists every version newest first with absolute addresses', () => {
		const feed = feedOf();
		expect(feed.entries.map((e) => [e.url, e.updated, e.compareUrl])).toEqual([
			[
				'https://esimerkki.example/sv/tiekartta/2024-05/',
				'2024-05-01T00:00:00Z',
				'https://esimerkki.example/sv/tiekartta/vertaa/2023-03/2024-05/',
			],
			['https://esimerkki.example/sv/tiekartta/2023-03/', '2023-03-01T00:00:00Z', undefined],
		]);
		expect(feed.entries[0]?.title).toBe('Tiekartta – versio 2024-05 (luonnos)');
		expect(feed.updated).toBe('2024-05-01T00:00:00Z');
		expect(feed.selfUrl).toBe('https://esimerkki.example/sv/muutokset.xml');
	});
});

describe('atomXml', () => {
	it('is an Atom feed with the required elements, text escaped', () => {
		const xml = atomXml(feedOf());
		expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
			true,
		);
		const root = parse(xml, { lowerCaseTagName: false });
		const entries = root.querySelectorAll('entry');
		expect(entries).toHaveLength(2);
		for (const e of entries) {
			for (const tag of ['id', 'title', 'updated', 'summary']) expect(e.querySelector(tag)?.text).toBeTruthy();
		}
		expect(xml).toContain('Muutos &lt;2024-05&gt; &amp; &quot;lainaus&quot;');
		expect(xml).not.toMatch(/<[^/!?a-z]/i);
	});
});

describe('helpers', () => {
	it('writes metadata dates as Atom dates and escapes XML', () => {
		expect(atomDate('2024')).toBe('2024-01-01T00:00:00Z');
		expect(atomDate('2024-05')).toBe('2024-05-01T00:00:00Z');
		expect(atomDate('2024-05-27')).toBe('2024-05-27T00:00:00Z');
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
	});
});
