import { describe, expect, it } from 'vitest';
import { daysInMonth, deadlineAfterYearEnd, monthFromText, monthsAfterYearEndFromText, periodFromText } from './derive';

describe('periodFromText', () => {
	it('reads a one-month period in Finnish and Swedish', () => {
		const expected = { start: { day: 1, month: 12 }, end: { day: 31, month: 12 } };
		expect(
			periodFromText('Toiminta-avustukset ovat haettavissa vuosittain 1.–31.12. Päätökset tammikuussa.', 'fi'),
		).toEqual(expected);
		expect(
			periodFromText('Verksamhetsunderstöd kan sökas årligen 1–31 december. Besluten under januari.', 'sv'),
		).toEqual(expected);
	});

	it('reads a period over two months', () => {
		const expected = { start: { day: 15, month: 11 }, end: { day: 15, month: 1 } };
		expect(periodFromText('haettavissa 15.11.–15.1. joka vuosi', 'fi')).toEqual(expected);
		expect(periodFromText('kan sökas 15 november–15 januari varje år', 'sv')).toEqual(expected);
	});

	it('accepts a hyphen for the dash', () => {
		expect(periodFromText('1.-31.12.', 'fi')).toEqual({ start: { day: 1, month: 12 }, end: { day: 31, month: 12 } });
	});

	it('returns null for no period, two different periods or an impossible date', () => {
		expect(periodFromText('Haku on joulukuussa.', 'fi')).toBeNull();
		expect(periodFromText('1.–31.12. tai 1.–30.6.', 'fi')).toBeNull();
		expect(periodFromText('1.–32.12.', 'fi')).toBeNull();
		expect(periodFromText('1–31 juni', 'sv')).toBeNull();
		expect(periodFromText('Päätös tehty 10.10.2022.', 'fi')).toBeNull();
	});

	it('takes the same period stated twice as one', () => {
		expect(periodFromText('1.–31.12. … siis 1.–31.12.', 'fi')).not.toBeNull();
	});
});

describe('monthFromText', () => {
	it('reads "tammikuun aikana" and "under januari"', () => {
		expect(monthFromText('Avustuspäätökset tehdään tammikuun aikana.', 'fi')).toBe(1);
		expect(monthFromText('Understödsbesluten fattas under januari.', 'sv')).toBe(1);
		expect(monthFromText('syyskuun aikana', 'fi')).toBe(9);
	});

	it('returns null when there is none or two different months', () => {
		expect(monthFromText('Päätökset tehdään pian.', 'fi')).toBeNull();
		expect(monthFromText('tammikuun aikana tai helmikuun aikana', 'fi')).toBeNull();
		expect(monthFromText('under våren', 'sv')).toBeNull();
	});
});

describe('monthsAfterYearEndFromText', () => {
	it('reads the number of months in words or digits', () => {
		expect(monthsAfterYearEndFromText('viimeistään kuusi kuukautta avustusvuoden päättymisen jälkeen.', 'fi')).toBe(6);
		expect(
			monthsAfterYearEndFromText(
				'viimeistään kuusi kuukautta avustuksen kohteena olleen vuoden päättymisen jälkeen',
				'fi',
			),
		).toBe(6);
		expect(monthsAfterYearEndFromText('3 kuukautta vuoden päättymisen jälkeen', 'fi')).toBe(3);
		expect(monthsAfterYearEndFromText('senast sex månader efter utgången av det år som', 'sv')).toBe(6);
		expect(monthsAfterYearEndFromText('senast tre månader efter utgången av året', 'sv')).toBe(3);
	});

	it('returns null when there is none or the number is out of range', () => {
		expect(monthsAfterYearEndFromText('raportti annetaan pian', 'fi')).toBeNull();
		expect(monthsAfterYearEndFromText('13 kuukautta vuoden päättymisen jälkeen', 'fi')).toBeNull();
		expect(monthsAfterYearEndFromText('monta kuukautta vuoden päättymisen jälkeen', 'fi')).toBeNull();
	});
});

describe('dates', () => {
	it('knows the length of each month of a common year', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(daysInMonth)).toEqual([
			31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
		]);
	});

	it('puts a deadline at the end of the month', () => {
		expect(deadlineAfterYearEnd(6)).toEqual({ month: 6, day: 30 });
		expect(deadlineAfterYearEnd(2)).toEqual({ month: 2, day: 28 });
	});
});
