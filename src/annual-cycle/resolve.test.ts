import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filePages, readPage } from '~/data/content-files';
import { council } from '~/data/council';
import { sectionResolver } from '~/data/sections';
import { grantCheckData } from '~/grant-check/data';
import operatingGrant from '../../content/data/cooperation-forms/operating-grant.json';
import { annualCycleData, annualCycleEvents, citeHrefs } from './data';
import { monthFromText, monthsAfterYearEndFromText, periodFromText } from './derive';
import { isoDateText, timingText } from './localize';
import { monthsOfTiming, type ResolveInputs, resolveEvents } from './resolve';
import { type CycleEventData, parseAnnualCycleData } from './schema';
import { documentDateFromFiles } from './test-helpers';

// Resolved in each test, not while the file is collected: Stryker counts work done outside a test as
// "static" and then runs every related test for each mutant in it (docs/mutation-testing.md).
const resolved = () => annualCycleEvents(documentDateFromFiles);
const timing = (id: string) => resolved().find((e) => e.id === id)?.timing;

const inputs: ResolveInputs = {
	forms: grantCheckData.forms.forms,
	rules: grantCheckData.rules.rules,
	documentDate: documentDateFromFiles,
	councilTerm: council.termOfOffice,
};

describe('annual cycle: the events as the sources give them', () => {
	it('has the application period 1.–31.12., read from the grant self-check data', () => {
		expect(timing('toiminta-avustus-haku')).toEqual({
			kind: 'yearly-period',
			start: { month: 12, day: 1 },
			end: { month: 12, day: 31 },
		});
	});

	it('has the decisions in January', () => {
		expect(timing('toiminta-avustus-paatokset')).toEqual({ kind: 'yearly-month', month: 1 });
	});

	it('has the reporting deadline six months after the end of the year (30.6.)', () => {
		expect(timing('toiminta-avustus-raportointi')).toEqual({
			kind: 'yearly-deadline',
			date: { month: 6, day: 30 },
			monthsAfterYearEnd: 6,
		});
	});

	it("has the council's term from the council's data, not from a page's validity (1.6.2025–31.7.2027)", () => {
		expect(timing('neuvottelukunta-toimikausi-alkaa')).toEqual({ kind: 'once', date: '2025-06-01' });
		expect(timing('neuvottelukunta-toimikausi-paattyy')).toEqual({ kind: 'once', date: '2027-07-31' });
		const doc = readPage('jarjestoneuvottelukunta').data['document'] as Record<string, string>;
		expect(doc['inForceFrom']).toBeUndefined();
		expect(doc['inForceUntil']).toBeUndefined();
	});

	it('has the forum twice a year and the negotiations at least once a year, without a time of year', () => {
		expect(timing('jarjestofoorumi')).toEqual({ kind: 'unscheduled', timesPerYear: 2, atLeast: false });
		expect(timing('hyte-neuvottelut')).toEqual({ kind: 'unscheduled', timesPerYear: 1, atLeast: true });
	});

	it('numbers the events in the order of the year, unscheduled ones last', () => {
		expect(resolved().map((e) => [e.number, e.id])).toEqual([
			[1, 'toiminta-avustus-paatokset'],
			[2, 'neuvottelukunta-toimikausi-alkaa'],
			[3, 'toiminta-avustus-raportointi'],
			[4, 'neuvottelukunta-toimikausi-paattyy'],
			[5, 'toiminta-avustus-haku'],
			[6, 'jarjestofoorumi'],
			[7, 'hyte-neuvottelut'],
		]);
	});

	it('words the timing in both languages', () => {
		const t = annualCycleData.texts;
		const text = (id: string, lang: 'fi' | 'sv') => {
			const tm = timing(id);
			if (!tm) throw new Error(id);
			return timingText(tm, t, lang);
		};
		expect(text('toiminta-avustus-haku', 'fi')).toBe('Joka vuosi 1.–31.12.');
		expect(text('toiminta-avustus-haku', 'sv')).toBe('Varje år 1–31 december');
		expect(text('toiminta-avustus-paatokset', 'fi')).toBe('Joka vuosi tammikuun aikana');
		expect(text('toiminta-avustus-paatokset', 'sv')).toBe('Varje år under januari');
		expect(text('toiminta-avustus-raportointi', 'fi')).toBe(
			'Joka vuosi viimeistään 30.6. (6 kuukautta vuoden päättymisen jälkeen)',
		);
		expect(text('toiminta-avustus-raportointi', 'sv')).toBe('Varje år senast 30 juni (6 månader efter årets slut)');
		expect(text('neuvottelukunta-toimikausi-alkaa', 'sv')).toBe('1.6.2025');
		expect(text('jarjestofoorumi', 'fi')).toBe('Kahdesti vuodessa. Lähteet eivät kerro ajankohtaa.');
		expect(text('hyte-neuvottelut', 'sv')).toBe('Minst en gång om året. Källorna anger inte tidpunkten.');
	});
});

describe('annual cycle: one source for each fact', () => {
	it('keeps no date or frequency in its own texts', () => {
		const json = readFileSync(new URL('../../content/data/annual-cycle/events.json', import.meta.url), 'utf8');
		const events = JSON.parse(json).events as { title: object; description: object }[];
		const texts = events.flatMap((e) => [...Object.values(e.title), ...Object.values(e.description)]) as string[];
		for (const s of texts) {
			expect(s, s).not.toMatch(
				/\d{1,2}\.\d{1,2}\.|\d{1,2}\.[–-]\d|kahdesti|kerran vuodessa|gånger om året|en gång om året|kuukau|månad/,
			);
			expect(s.replace(/612\/2021|7 §/g, ''), s).not.toMatch(/\d/);
		}
	});

	// The period, the month and the deadline are also written in prose elsewhere; these copies
	// predate the annual cycle. They must say what the data the cycle reads says.
	it('matches the principles text (Finnish and Swedish)', () => {
		const section = (entry: string, heading: string) => {
			const body = readPage(entry).body;
			const start = body.indexOf(heading);
			expect(start, `${entry}: ${heading}`).toBeGreaterThan(-1);
			const next = body.slice(start + heading.length).search(/\n#{2,4} /);
			return body.slice(start, next < 0 ? undefined : start + heading.length + next);
		};
		for (const [entry, lang, grant, report] of [
			['periaatteet', 'fi', '#### Toiminta-avustus', '### Raportointi'],
			['sv/periaatteet', 'sv', '#### Verksamhetsunderstöd', '### Redovisning'],
		] as const) {
			const grantText = section(entry, grant);
			const t = timing('toiminta-avustus-haku');
			expect(periodFromText(grantText, lang), entry).toEqual(t && 'start' in t ? { start: t.start, end: t.end } : null);
			expect(monthFromText(grantText, lang), entry).toBe(1);
			expect(monthsAfterYearEndFromText(section(entry, report), lang), entry).toBe(6);
		}
	});

	it('matches the cooperation-forms data of the operating grant', () => {
		const all = JSON.stringify(operatingGrant);
		const fi = periodFromText(all, 'fi');
		const sv = periodFromText(all, 'sv');
		expect(fi).toEqual({ start: { month: 12, day: 1 }, end: { month: 12, day: 31 } });
		expect(sv).toEqual(fi);
	});

	it("matches the council page's text", () => {
		const from = isoDateText('2025-06-01');
		const until = isoDateText('2027-07-31');
		expect([council.termOfOffice.from, council.termOfOffice.until]).toEqual(['2025-06-01', '2027-07-31']);
		for (const entry of ['jarjestoneuvottelukunta', 'sv/jarjestoneuvottelukunta']) {
			expect(readPage(entry).body).toContain(`${from}–${until}`);
		}
	});
});

describe('annual cycle: bad data fails with a clear message', () => {
	const base = annualCycleData.events;
	const one = (id: string): CycleEventData[] => base.filter((e) => e.id === id);

	it('names the file and field when a grant form states no period', () => {
		const broken: ResolveInputs = {
			...inputs,
			forms: inputs.forms.map((f) =>
				f.id === 'toiminta-avustus' ? { ...f, info: { fi: 'Haku joulukuussa.', sv: 'Ansökan i december.' } } : f,
			),
		};
		expect(() => resolveEvents(one('toiminta-avustus-haku'), broken)).toThrow(
			/toiminta-avustus-haku.*forms\.json form "toiminta-avustus" info\.fi/,
		);
	});

	it('fails when the Finnish and Swedish texts disagree', () => {
		const broken: ResolveInputs = {
			...inputs,
			forms: inputs.forms.map((f) =>
				f.id === 'toiminta-avustus' ? { ...f, info: { fi: 'Haku 1.–31.12.', sv: 'Ansökan 1–30 november.' } } : f,
			),
		};
		expect(() => resolveEvents(one('toiminta-avustus-haku'), broken)).toThrow(/disagree/);
	});

	it('fails when a form or rule does not exist', () => {
		expect(() => resolveEvents(one('toiminta-avustus-paatokset'), { ...inputs, forms: [] })).toThrow(
			/has no grant form "toiminta-avustus"/,
		);
		expect(() => resolveEvents(one('toiminta-avustus-raportointi'), { ...inputs, rules: [] })).toThrow(
			/has no rule "reports"/,
		);
	});

	it('fails when a front matter date is missing or not a full date', () => {
		const fromPage = one('neuvottelukunta-toimikausi-alkaa').map((e) => ({
			...e,
			when: { derive: 'document-date' as const, entry: 'malli', field: 'approvedOn' as const },
		}));
		expect(() => resolveEvents(fromPage, { ...inputs, documentDate: () => undefined })).toThrow(
			/malli\.mdx front matter document\.approvedOn is not set/,
		);
		expect(() => resolveEvents(fromPage, { ...inputs, documentDate: () => '2025-06' })).toThrow(/must be a full date/);
	});

	it("fails when the council's term is not a full date", () => {
		expect(() =>
			resolveEvents(one('neuvottelukunta-toimikausi-paattyy'), {
				...inputs,
				councilTerm: { from: '2025-06-01', until: '2027-07' },
			}),
		).toThrow(/council\.json termOfOffice\.until must be a full date/);
	});

	it('rejects invalid data files with the file and field named', () => {
		const copy = structuredClone(base) as unknown as { when: unknown }[];
		if (copy[0]) copy[0].when = { derive: 'guess' };
		expect(() => parseAnnualCycleData({ events: copy }, annualCycleData.texts)).toThrow(
			/content\/data\/annual-cycle\/events\.json: events\.0\.when/,
		);
		const dup = [...base, base[0]];
		expect(() => parseAnnualCycleData({ events: dup }, annualCycleData.texts)).toThrow(/duplicate id/);
		const { timesPerYear: _omit, ...texts } = annualCycleData.texts;
		expect(() => parseAnnualCycleData({ events: base }, texts)).toThrow(
			/content\/data\/annual-cycle\/texts\.json: timesPerYear/,
		);
		expect(() =>
			parseAnnualCycleData({ events: base }, { ...annualCycleData.texts, timesPerYear: { '1': { fi: 'a', sv: 'b' } } }),
		).toThrow(/no wording for "2"/);
	});
});

describe('months of a timing (for search by month)', () => {
	it('lists every month a period covers, also across the new year', () => {
		expect(
			monthsOfTiming({ kind: 'yearly-period', start: { month: 12, day: 1 }, end: { month: 12, day: 31 } }),
		).toEqual([12]);
		expect(
			monthsOfTiming({ kind: 'yearly-period', start: { month: 11, day: 15 }, end: { month: 1, day: 31 } }),
		).toEqual([11, 12, 1]);
	});

	it('gives the month of a month, a deadline and a date, and none without a time of year', () => {
		expect(monthsOfTiming({ kind: 'yearly-month', month: 1 })).toEqual([1]);
		expect(monthsOfTiming({ kind: 'yearly-deadline', date: { month: 6, day: 30 }, monthsAfterYearEnd: 6 })).toEqual([
			6,
		]);
		expect(monthsOfTiming({ kind: 'once', date: '2027-07-31' })).toEqual([7]);
		expect(monthsOfTiming({ kind: 'unscheduled', timesPerYear: 2, atLeast: false })).toEqual([]);
	});
});

describe('annual cycle: links to the sections that state the facts', () => {
	const resolve = sectionResolver(filePages, 'Annual cycle data');
	it.each(citeHrefs)('%s resolves to a page and heading', async (href) => {
		await expect(resolve(href)).resolves.toMatchObject({ href });
	});
});
