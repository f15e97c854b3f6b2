import { beforeEach, describe, expect, it } from 'vitest';
import { grantCheckData } from './data';
import { currentOrNextRound, formatDay, formatMonth, formatPeriod, type RoundFacts } from './round';
import { roundFactsOf } from './round-facts';

/** The operating grant's round as the wrapper reads it: from the data, never a copy of a date. */
function factsFromData(): RoundFacts {
	const form = grantCheckData.forms.forms.find((f) => f.round);
	const facts = form && roundFactsOf(grantCheckData, form.id);
	if (!facts) throw new Error('no form with a round');
	return facts;
}

describe('the operating grant round, from the data (1.–31.12., decisions in January, report 6 months after the year)', () => {
	// Read in each test, not while the file is collected (Stryker counts that as "static": docs/mutation-testing.md).
	let facts: RoundFacts;
	beforeEach(() => {
		facts = factsFromData();
	});

	it('the data gives the period, decision month and reporting deadline', () => {
		expect(facts).toEqual({
			start: { month: 12, day: 1 },
			end: { month: 12, day: 31 },
			decisionMonth: 1,
			reportMonthsAfterYearEnd: 6,
		});
	});

	it('before the period (15.11.2026): the next round is 1.–31.12.2026, decisions 1/2027, report by 30.6.2028', () => {
		const r = currentOrNextRound(facts, { year: 2026, month: 11, day: 15 });
		expect(r.open).toBe(false);
		expect(r.start).toEqual({ year: 2026, month: 12, day: 1 });
		expect(r.end).toEqual({ year: 2026, month: 12, day: 31 });
		expect(r.decision).toEqual({ year: 2027, month: 1 });
		expect(r.reportBy).toEqual({ year: 2028, month: 6, day: 30 });
	});

	it.each([
		[1, 'first day'],
		[15, 'middle'],
		[31, 'last day'],
	])('inside the period (%i.12.2026, %s): the round is open now', (day) => {
		const r = currentOrNextRound(facts, { year: 2026, month: 12, day });
		expect(r.open).toBe(true);
		expect(r.start.year).toBe(2026);
		expect(r.decision).toEqual({ year: 2027, month: 1 });
		expect(r.reportBy).toEqual({ year: 2028, month: 6, day: 30 });
	});

	it('after the period (10.1.2027): the next round is 1.–31.12.2027, decisions 1/2028, report by 30.6.2029', () => {
		const r = currentOrNextRound(facts, { year: 2027, month: 1, day: 10 });
		expect(r.open).toBe(false);
		expect(r.start).toEqual({ year: 2027, month: 12, day: 1 });
		expect(r.decision).toEqual({ year: 2028, month: 1 });
		expect(r.reportBy).toEqual({ year: 2029, month: 6, day: 30 });
	});
});

describe('periods running into the next year and other deadlines', () => {
	const facts: RoundFacts = {
		start: { month: 11, day: 15 },
		end: { month: 2, day: 28 },
		decisionMonth: 3,
		reportMonthsAfterYearEnd: 2,
	};
	it('inside a period that crosses the new year, the round started last year is open', () => {
		const r = currentOrNextRound(facts, { year: 2028, month: 1, day: 5 });
		expect(r.open).toBe(true);
		expect(r.start).toEqual({ year: 2027, month: 11, day: 15 });
		expect(r.end).toEqual({ year: 2028, month: 2, day: 28 });
		expect(r.decision).toEqual({ year: 2028, month: 3 });
		// a leap year's February
		expect(r.reportBy).toEqual({ year: 2029, month: 2, day: 28 });
	});
	it('between periods, the next one', () => {
		const r = currentOrNextRound(facts, { year: 2028, month: 3, day: 1 });
		expect(r.open).toBe(false);
		expect(r.start).toEqual({ year: 2028, month: 11, day: 15 });
	});
});

describe('formatting', () => {
	const dec = { start: { year: 2026, month: 12, day: 1 }, end: { year: 2026, month: 12, day: 31 } };
	it('Finnish', () => {
		expect(formatPeriod('fi', dec.start, dec.end)).toBe('1.–31.12.2026');
		expect(formatPeriod('fi', { year: 2026, month: 12, day: 1 }, { year: 2027, month: 1, day: 31 })).toBe(
			'1.12.2026–31.1.2027',
		);
		expect(formatMonth('fi', { year: 2027, month: 1 })).toBe('tammikuussa 2027');
		expect(formatDay('fi', { year: 2028, month: 6, day: 30 })).toBe('30.6.2028');
	});
	it('Swedish', () => {
		expect(formatPeriod('sv', dec.start, dec.end)).toBe('1–31 december 2026');
		expect(formatMonth('sv', { year: 2027, month: 1 })).toBe('januari 2027');
		expect(formatDay('sv', { year: 2028, month: 6, day: 30 })).toBe('30 juni 2028');
	});
});
