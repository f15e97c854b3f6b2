import { describe, expect, it } from 'vitest';
import { monthNames, monthsOf, monthTerms } from './month-terms';

describe('month names for search', () => {
	it('reads the month of day.month. dates, with or without a year, and of ranges', () => {
		expect(monthsOf('Hakuaika 1.–31.12. ja toimikausi 1.6.2025–31.7.2027.')).toEqual([6, 7, 12]);
		expect(monthsOf('viimeistään 30.6.')).toEqual([6]);
	});

	it('does not read numbers that are not a day and a month', () => {
		expect(monthsOf('luku 3.2.1 ja 0.5. ja 32.1. ja 1.13. ja 2024 ja 12 kk')).toEqual([]);
		expect(monthsOf('versio 1.2.3')).toEqual([]);
	});

	it('names the month in the forms people type', () => {
		expect(monthNames(12, 'fi')).toEqual(['joulukuu', 'joulukuun', 'joulukuussa']);
		expect(monthNames(1, 'fi')).toEqual(['tammikuu', 'tammikuun', 'tammikuussa']);
		expect(monthNames(12, 'sv')).toEqual(['december']);
		expect(monthNames(6, 'sv')).toEqual(['juni']);
	});

	it('gives the names of every month a text has a date in', () => {
		expect(monthTerms('1.–31.12. och 30.6.', 'sv')).toEqual(['juni', 'december']);
		expect(monthTerms('ei päivämääriä', 'fi')).toEqual([]);
	});
});
