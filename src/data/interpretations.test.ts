import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	finnishPath,
	interpretationHref,
	interpretationSchema,
	interpretations,
	interpretationsFor,
	interpretationsOf,
	loadInterpretations,
} from './interpretations';
import { sources } from './sources';

const entry = (over: Record<string, unknown> = {}) => ({
	id: '004-asukkaat',
	source: '004',
	kind: 'typo',
	place: { fi: 'Tiekartta', sv: 'Färdplanen' },
	sourceWords: 'Asukkaat ja asukkaat',
	siteShows: { fi: 'Asukkaat', sv: 'Invånarna' },
	why: { fi: 'Sana on kahdesti.', sv: 'Ordet står två gånger.' },
	pages: ['/tiekartta/'],
	...over,
});
const ids = ['000', '001', '002', '003', '004'];
const load = (files: Record<string, unknown>) => loadInterpretations(files, ids);

describe('interpretation schema', () => {
	it('accepts a complete entry', () => {
		expect(interpretationSchema.safeParse(entry()).success).toBe(true);
	});
	it.each([
		['an unknown kind', { kind: 'guess' }],
		['an empty Swedish text', { why: { fi: 'x', sv: ' ' } }],
		['a missing language', { siteShows: { fi: 'x' } }],
		['a Swedish page path', { pages: ['/sv/tiekartta/'] }],
		['a path without trailing slash', { pages: ['/tiekartta'] }],
		['no pages', { pages: [] }],
		['an id with capitals', { id: '004-Asukkaat' }],
		['an unknown field', { note: 'x' }],
	])('rejects %s', (_, over) => {
		expect(interpretationSchema.safeParse(entry(over)).success).toBe(false);
	});
});

describe('loadInterpretations', () => {
	it('returns the entries of every file in source order', () => {
		const list = load({
			'x/004.json': { entries: [entry()] },
			'x/002.json': { entries: [entry({ id: '002-a', source: '002' })] },
		});
		expect(list.map((e) => e.id)).toEqual(['002-a', '004-asukkaat']);
	});
	it('names the file and field of an invalid entry', () => {
		expect(() => load({ 'x/004.json': { entries: [entry({ kind: 'guess' })] } })).toThrow(
			/004\.json: entries\.0\.kind/,
		);
	});
	it('rejects an entry whose source is not the file', () => {
		expect(() => load({ 'x/003.json': { entries: [entry()] } })).toThrow(
			/003\.json: entries\.0\.source: is "004" but the file is for source "003"/,
		);
	});
	it('rejects an id used twice, also across files', () => {
		expect(() =>
			load({
				'x/004.json': { entries: [entry()] },
				'x/003.json': { entries: [entry({ source: '003' })] },
			}),
		).toThrow(/"004-asukkaat" is used twice/);
		expect(() => load({ 'x/004.json': { entries: [entry(), entry()] } })).toThrow(/004\.json: entries\.1\.id/);
	});
	it('rejects a file not named after a known source', () => {
		expect(() => load({ 'x/notes.json': { entries: [] } })).toThrow(/notes\.json: the file name must be a source id/);
		expect(() => load({ 'x/009.json': { entries: [] } })).toThrow(/009\.json: there is no source "009"/);
	});
	it('lists every problem at once', () => {
		const error = (() => {
			try {
				load({ 'x/004.json': { entries: [entry({ kind: 'x' })] }, 'x/003.json': { entries: [entry()] } });
			} catch (e) {
				return String(e);
			}
			return '';
		})();
		expect(error).toMatch(/004\.json/);
		expect(error).toMatch(/003\.json/);
	});
});

describe('addresses', () => {
	it('gives the anchor on the sources page of each language', () => {
		expect(interpretationHref('004-asukkaat', 'fi')).toBe('/lahteet/#tulkinta-004-asukkaat');
		expect(interpretationHref('004-asukkaat', 'sv')).toBe('/sv/lahteet/#tolkning-004-asukkaat');
	});
	it('finds the entries of a page from either language', () => {
		const list = load({ 'x/004.json': { entries: [entry({ pages: ['/tiekartta/', '/'] })] } });
		expect(interpretationsFor('/tiekartta/', list)).toHaveLength(1);
		expect(interpretationsFor('/sv/tiekartta', list)).toHaveLength(1);
		expect(interpretationsFor('/sv/', list)).toHaveLength(1);
		expect(interpretationsFor('/tiekartta/2023-03/', list)).toHaveLength(0);
		expect(finnishPath('/sv/tiekartta/2023-03')).toBe('/tiekartta/2023-03/');
	});
});

describe('the register', () => {
	it('points every entry to a listed source', () => {
		expect(interpretations.length).toBeGreaterThan(0);
		const known = new Set(sources.map((s) => s.id));
		for (const e of interpretations) expect(known.has(e.source), e.id).toBe(true);
	});
	it("keeps each source's entries together", () => {
		expect(interpretationsOf('004').every((e) => e.source === '004')).toBe(true);
	});
});

/**
 * Silent fixes an audit found, each compared word by word with the source: the site's file shows
 * the fixed words (and no longer the source's), and the register has an entry of that source
 * quoting the source's words and the site's, concerning the pages that show them.
 */
const fixes = [
	...(
		[
			['kumppanuksien', 'kumppanuuksien'],
			['tärkeitä kysymyksistä', 'tärkeistä kysymyksistä'],
			['palvelualueetta', '-palvelualuetta'],
			['tilavarauksjärjestelmään', 'tilavarausjärjestelmään'],
			['käyttötalousuunnitelman', 'käyttötaloussuunnitelman'],
			['kestoaa', 'kestoa.'],
			['arvioihin korostetaan', 'arvioissa korostetaan'],
			['Keski-Suomalaista sosiaali- ja terveysalan', 'alueen sosiaali- ja terveysalan'],
			['osallistua HVAn suunnitteluun', 'osallistua hyvinvointialueen suunnitteluun'],
			['keskisuomalaisten hyvinvoinnin', 'alueen asukkaiden hyvinvoinnin'],
		] as const
	).map(([said, shown]) => ({
		source: '001',
		said,
		shown,
		file: 'content/docs/periaatteet.mdx',
		page: '/periaatteet/',
	})),
	...(
		[
			['sovitusta asioista', 'sovituista asioista'],
			['käyttämiimme tiloja', 'käyttämiämme tiloja'],
			['toimmme', 'toimimme'],
		] as const
	).flatMap(([said, shown]) =>
		['/vinkkilista/', '/pelisaannot/'].map((page) => ({
			source: '001',
			said,
			shown,
			file: 'content/data/checklist/checklist.json',
			page,
		})),
	),
	...['content/docs/jarjestoneuvottelukunta.mdx', 'content/docs/malli.mdx'].map((file) => ({
		source: '000',
		said: 'mandaatilla toimimisen',
		shown: 'mandaatilla toimiminen',
		file,
		page: `/${file.split('/').pop()?.replace('.mdx', '')}/`,
	})),
];

describe('the register lists the silent fixes', () => {
	it.each(fixes)('$source: "$said" → "$shown" ($page)', ({ source, said, shown, file, page }) => {
		const site = readFileSync(file, 'utf8');
		expect(site).toContain(shown);
		expect(site).not.toContain(said);
		const entry = interpretationsOf(source).find(
			(e) => e.sourceWords.includes(said) && e.siteShows.fi.includes(shown.replace(/^-|\.$/g, '')),
		);
		expect(entry, `no entry of ${source} quotes "${said}"`).toBeDefined();
		expect(entry?.pages).toContain(page);
	});

	it('restores the meaning of 001 "arvioihin" (assessments) in Swedish too', () => {
		const sv = readFileSync('content/docs/sv/periaatteet.mdx', 'utf8');
		expect(sv).toContain('välfärdsområdets bedömningar, som har skrivits in i strategin');
		expect(sv).not.toMatch(/värderingar som har skrivits in i strategin/);
	});

	it("says where the Swedish name of Östra Nyland's partnership table comes from (outside the sources)", () => {
		const data = readFileSync('content/data/tilannekuva/rakenteet.json', 'utf8');
		const sv = 'Organisationernas partnerskapsbord (Östra Nylands välfärdsområde)';
		expect(data).toContain(sv);
		const entry = interpretationsOf('003').find((e) => e.siteShows.sv === sv);
		expect(entry?.sourceWords).toBe('Itä-Uudenmaan Kumppanuuspöytä');
		expect(entry?.why.fi).toMatch(/lähteiden ulkopuolelta/);
		expect(entry?.why.sv).toMatch(/utanför källorna/);
		expect(entry?.pages).toContain('/tilannekuva/');
	});
});
