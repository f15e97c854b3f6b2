import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from './dates';

describe('formatDate', () => {
	it('writes a full date the Finnish way in both languages', () => {
		expect(formatDate('2022-10-03', 'fi')).toBe('3.10.2022');
		expect(formatDate('2022-10-03', 'sv')).toBe('3.10.2022');
	});
	it('writes a month-only date with the month name', () => {
		expect(formatDate('2023-03', 'fi')).toBe('maaliskuu 2023');
		expect(formatDate('2023-03', 'sv')).toBe('mars 2023');
	});
	it('returns unparseable input unchanged rather than inventing a date', () => {
		expect(formatDate('2023', 'fi')).toBe('2023');
	});
});

describe('isoDate', () => {
	it('gives the local calendar date, padded, so that formatDate writes it as people do', () => {
		expect(isoDate(new Date(2026, 11, 5, 23, 59))).toBe('2026-12-05');
		expect(isoDate(new Date(2027, 0, 31, 0, 0))).toBe('2027-01-31');
		expect(formatDate(isoDate(new Date(2026, 11, 5)), 'sv')).toBe('5.12.2026');
	});
});
