import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';

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
