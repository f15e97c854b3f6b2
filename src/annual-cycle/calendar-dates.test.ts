/**
 * The calendar's dates for every shape of period, and each field of a calendar event, on made-up
 * events (./calendar.test.ts reads the real annual cycle back with ical.js).
 */
import { describe, expect, it } from 'vitest';
import { addDays, annualCycleIcs, type CalendarOptions, calendarEvents, datesOf } from './calendar';
import { annualCycleData } from './data';
import type { CycleEvent, Timing } from './resolve';

const period = (sm: number, sd: number, em: number, ed: number): Extract<Timing, { kind: 'yearly-period' }> => ({
	kind: 'yearly-period',
	start: { month: sm, day: sd },
	end: { month: em, day: ed },
});

describe('datesOf: periods', () => {
	it('ends a period within a year on the day after its last day, the same year', () => {
		expect(datesOf(period(3, 1, 3, 20), 2026)).toEqual({ start: '2026-03-01', end: '2026-03-21' });
		expect(datesOf(period(2, 10, 3, 5), 2026)).toEqual({ start: '2026-02-10', end: '2026-03-06' });
		expect(datesOf(period(1, 31, 2, 1), 2026)).toEqual({ start: '2026-01-31', end: '2026-02-02' });
		expect(datesOf(period(6, 1, 6, 1), 2026)).toEqual({ start: '2026-06-01', end: '2026-06-02' });
		expect(datesOf(period(1, 5, 12, 20), 2026)).toEqual({ start: '2026-01-05', end: '2026-12-21' });
	});

	it('ends a period that runs over the new year in the next year', () => {
		expect(datesOf(period(12, 20, 1, 5), 2026)).toEqual({ start: '2026-12-20', end: '2027-01-06' });
		expect(datesOf(period(6, 2, 6, 1), 2026)).toEqual({ start: '2026-06-02', end: '2027-06-02' });
		expect(datesOf(period(3, 10, 2, 28), 2027)).toEqual({ start: '2027-03-10', end: '2028-02-29' });
	});

	it('gives months and deadlines their own days', () => {
		expect(datesOf({ kind: 'yearly-month', month: 9 }, 2026)).toEqual({ start: '2026-09-01', end: '2026-10-01' });
		expect(datesOf({ kind: 'yearly-deadline', date: { month: 2, day: 28 }, monthsAfterYearEnd: 2 }, 2028)).toEqual({
			start: '2028-02-28',
			end: '2028-02-29',
		});
	});

	it('adds days to an ISO date', () => {
		expect([addDays('2026-01-09', 1), addDays('2026-01-10', 30), addDays('2026-03-01', -1)]).toEqual([
			'2026-01-10',
			'2026-02-09',
			'2026-02-28',
		]);
	});
});

describe('calendarEvents and annualCycleIcs', () => {
	const event = (id: string, timing: Timing): CycleEvent => ({
		id,
		number: 1,
		title: { fi: `Otsikko ${id}`, sv: `Rubrik ${id}` },
		description: { fi: 'Kuvaus.', sv: 'Beskrivning.' },
		sources: ['001'],
		cite: {
			href: { fi: '/periaatteet/#haku', sv: '/sv/periaatteet/#ansokan' },
			label: { fi: 'Periaatteet', sv: 'Principerna' },
		},
		timing,
	});
	const options = (lang: 'fi' | 'sv'): CalendarOptions => ({
		lang,
		texts: annualCycleData.texts,
		siteUrl: 'https://jarjestot.example',
		pagePath: lang === 'fi' ? '/vuosikello/' : '/sv/vuosikello/',
		countyName: 'Alue',
		year: 2026,
		stamp: new Date(Date.UTC(2026, 0, 1)),
	});
	const events = [
		event('haku', period(12, 1, 12, 31)),
		event('kerran', { kind: 'once', date: '2027-07-31' }),
		event('joskus', { kind: 'unscheduled', timesPerYear: 2, atLeast: false }),
	];

	it('makes one event per scheduled event, with its fields in the language asked for', () => {
		expect(calendarEvents(events, options('sv'))).toEqual([
			{
				uid: 'haku.sv@jarjestot.example',
				summary: 'Rubrik haku',
				description: 'Beskrivning.\n\nKälla: Principerna, https://jarjestot.example/sv/periaatteet/#ansokan',
				url: 'https://jarjestot.example/sv/periaatteet/#ansokan',
				start: '2026-12-01',
				end: '2027-01-01',
				yearly: true,
			},
			{
				uid: 'kerran.sv@jarjestot.example',
				summary: 'Rubrik kerran',
				description: 'Beskrivning.\n\nKälla: Principerna, https://jarjestot.example/sv/periaatteet/#ansokan',
				url: 'https://jarjestot.example/sv/periaatteet/#ansokan',
				start: '2027-07-31',
				end: '2027-08-01',
				yearly: false,
			},
		]);
		expect(calendarEvents(events, options('fi')).map((e) => [e.uid, e.description])).toEqual([
			['haku.fi@jarjestot.example', 'Kuvaus.\n\nLähde: Periaatteet, https://jarjestot.example/periaatteet/#haku'],
			['kerran.fi@jarjestot.example', 'Kuvaus.\n\nLähde: Periaatteet, https://jarjestot.example/periaatteet/#haku'],
		]);
	});

	it('heads the file with the product id, name, description and page in the language asked for', () => {
		const head = (lang: 'fi' | 'sv') =>
			annualCycleIcs([], options(lang))
				.replace(/\r\n /g, '') // unfolded
				.split('\r\n')
				.slice(0, 10);
		const t = annualCycleData.texts;
		expect(head('sv')).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//jarjestot.example//annual-cycle//SV',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			`NAME;LANGUAGE=sv:${t.calendarName.sv} – Alue`,
			`X-WR-CALNAME:${t.calendarName.sv} – Alue`,
			`DESCRIPTION;LANGUAGE=sv:${t.calendarDescription.sv}`,
			`X-WR-CALDESC:${t.calendarDescription.sv}`,
			'URL;VALUE=URI:https://jarjestot.example/sv/vuosikello/',
		]);
		expect(head('fi')[2]).toBe('PRODID:-//jarjestot.example//annual-cycle//FI');
		expect(head('fi')[9]).toBe('URL;VALUE=URI:https://jarjestot.example/vuosikello/');
	});
});
