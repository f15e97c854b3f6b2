import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, annualCycleIcs, datesOf } from './calendar';
import { annualCycleData, annualCycleEvents } from './data';
import { type IcsComponent, parseIcs, prop, textOf } from './ics-parse';
import { documentDateFromFiles } from './test-helpers';

const stamp = new Date(Date.UTC(2026, 10, 22, 8, 0, 0));

function build(lang: 'fi' | 'sv') {
	return annualCycleIcs(annualCycleEvents(documentDateFromFiles), {
		lang,
		texts: annualCycleData.texts,
		siteUrl: 'https://jarjestot.example',
		pagePath: lang === 'fi' ? '/vuosikello/' : '/sv/vuosikello/',
		countyName: lang === 'fi' ? 'Esimerkin hyvinvointialue' : 'Exempels välfärdsområde',
		year: 2026,
		stamp,
	});
}

const vevents = (c: IcsComponent) => c.components.filter((x) => x.name === 'VEVENT');

describe('datesOf', () => {
	it('gives the first day and the day after the last', () => {
		expect(datesOf({ kind: 'yearly-period', start: { month: 12, day: 1 }, end: { month: 12, day: 31 } }, 2026)).toEqual(
			{
				start: '2026-12-01',
				end: '2027-01-01',
			},
		);
		expect(datesOf({ kind: 'yearly-period', start: { month: 11, day: 15 }, end: { month: 1, day: 15 } }, 2026)).toEqual(
			{
				start: '2026-11-15',
				end: '2027-01-16',
			},
		);
		expect(datesOf({ kind: 'yearly-month', month: 1 }, 2026)).toEqual({ start: '2026-01-01', end: '2026-02-01' });
		expect(datesOf({ kind: 'yearly-month', month: 12 }, 2026)).toEqual({ start: '2026-12-01', end: '2027-01-01' });
		expect(datesOf({ kind: 'yearly-deadline', date: { month: 6, day: 30 }, monthsAfterYearEnd: 6 }, 2026)).toEqual({
			start: '2026-06-30',
			end: '2026-07-01',
		});
		expect(datesOf({ kind: 'once', date: '2027-07-31' }, 2026)).toEqual({ start: '2027-07-31', end: '2027-08-01' });
	});

	it('adds days across months and years', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
	});
});

describe.each(['fi', 'sv'] as const)('the annual cycle calendar (%s)', (lang) => {
	// Built in each test, not while the file is collected: Stryker counts work done outside a test as
	// "static" and then runs every related test for each mutant in it (docs/mutation-testing.md).
	let ics: string;
	let calendar: IcsComponent;
	let formatErrors: string[];
	let list: IcsComponent[];
	let byUid: Map<string | undefined, IcsComponent>;
	beforeEach(() => {
		ics = build(lang);
		({ calendar, formatErrors } = parseIcs(ics));
		list = vevents(calendar);
		byUid = new Map(list.map((e) => [textOf(e, 'UID'), e]));
	});
	const get = (id: string) => {
		const e = byUid.get(`${id}.${lang}@jarjestot.example`);
		if (!e) throw new Error(`no event ${id}`);
		return e;
	};

	it('is well formed: CRLF, folded at 75 octets', () => {
		expect(formatErrors).toEqual([]);
		expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
	});

	it('names itself in the right language', () => {
		expect(textOf(calendar, 'VERSION')).toBe('2.0');
		expect(textOf(calendar, 'METHOD')).toBe('PUBLISH');
		expect(textOf(calendar, 'X-WR-CALNAME')).toBe(
			lang === 'fi'
				? 'Järjestöyhteistyön vuosikello – Esimerkin hyvinvointialue'
				: 'Organisationssamarbetets årshjul – Exempels välfärdsområde',
		);
		expect(prop(calendar, 'REFRESH-INTERVAL')?.raw).toBe('P1W');
	});

	it('has every event with dates, and none of those the sources give no time for', () => {
		expect(list).toHaveLength(5);
		expect(byUid.has(`jarjestofoorumi.${lang}@jarjestot.example`)).toBe(false);
		expect(byUid.has(`hyte-neuvottelut.${lang}@jarjestot.example`)).toBe(false);
		for (const e of list) {
			expect(textOf(e, 'DTSTAMP')).toBe('20261122T080000Z');
			expect(prop(e, 'DTSTART')?.params['VALUE']).toBe('DATE');
			expect(prop(e, 'DTEND')?.params['VALUE']).toBe('DATE');
			expect(prop(e, 'SUMMARY')?.params['LANGUAGE']).toBe(lang);
			expect(textOf(e, 'URL')).toMatch(/^https:\/\/jarjestot\.example\/(sv\/)?[a-z]/);
		}
	});

	it('repeats the grant events every year on the dates of the sources', () => {
		const haku = get('toiminta-avustus-haku');
		expect([prop(haku, 'DTSTART')?.raw, prop(haku, 'DTEND')?.raw, textOf(haku, 'RRULE')]).toEqual([
			'20261201',
			'20270101',
			'FREQ=YEARLY',
		]);
		const paatos = get('toiminta-avustus-paatokset');
		expect([prop(paatos, 'DTSTART')?.raw, prop(paatos, 'DTEND')?.raw, textOf(paatos, 'RRULE')]).toEqual([
			'20260101',
			'20260201',
			'FREQ=YEARLY',
		]);
		const raportti = get('toiminta-avustus-raportointi');
		expect([prop(raportti, 'DTSTART')?.raw, prop(raportti, 'DTEND')?.raw, textOf(raportti, 'RRULE')]).toEqual([
			'20260630',
			'20260701',
			'FREQ=YEARLY',
		]);
		expect(textOf(haku, 'SUMMARY')).toBe(
			lang === 'fi' ? 'Toiminta-avustusten hakuaika' : 'Ansökningstid för verksamhetsunderstöd',
		);
		expect(textOf(haku, 'DESCRIPTION')).toContain(
			lang === 'fi' ? 'Lähde: Järjestöyhteistyön periaatteet' : 'Källa: Principerna',
		);
	});

	it("has the council's term as two one-off days", () => {
		const start = get('neuvottelukunta-toimikausi-alkaa');
		const end = get('neuvottelukunta-toimikausi-paattyy');
		expect([prop(start, 'DTSTART')?.raw, prop(start, 'RRULE')]).toEqual(['20250601', undefined]);
		expect([prop(end, 'DTSTART')?.raw, prop(end, 'DTEND')?.raw, prop(end, 'RRULE')]).toEqual([
			'20270731',
			'20270801',
			undefined,
		]);
	});
});

describe('the two calendars', () => {
	it('use different UIDs, so that both can be subscribed to at once', () => {
		const uids = (lang: 'fi' | 'sv') => vevents(parseIcs(build(lang)).calendar).map((e) => textOf(e, 'UID'));
		const fi = uids('fi');
		const sv = uids('sv');
		expect(new Set([...fi, ...sv]).size).toBe(fi.length + sv.length);
	});
});
