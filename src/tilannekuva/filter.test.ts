import { describe, expect, it } from 'vitest';
import { filterStatus, fold, rowMatches } from './filter';

describe('rowMatches', () => {
	const row = ['Pohjois-Savo Norra Savolax', 'Pohjois-Savon järjestöneuvosto'];
	it('matches any column, not only the county', () => {
		expect(rowMatches(row, 'Savolax')).toBe(true);
		expect(rowMatches(row, 'järjestöneuvosto')).toBe(true);
		expect(rowMatches(row, 'neuvottelukunta')).toBe(false);
	});
	it('ignores case, accents and extra spaces', () => {
		expect(rowMatches(row, '  JARJESTONEUVOSTO ')).toBe(true);
		expect(rowMatches(['Åland'], 'aland')).toBe(true);
	});
	it('an empty query matches every row', () => {
		expect(rowMatches(row, ' ')).toBe(true);
	});
});

describe('filterStatus', () => {
	const t = { count: '{shown}/{total}', none: 'Ei osumia: {query}' };
	it('is empty without a query', () => {
		expect(filterStatus(t, '', 3, 10)).toBe('');
	});
	it('counts the rows shown', () => {
		expect(filterStatus(t, 'savo', 2, 10)).toBe('2/10');
	});
	it('says when nothing matches, with the query', () => {
		expect(filterStatus(t, ' xyz ', 0, 10)).toBe('Ei osumia: xyz');
	});
});

describe('fold', () => {
	it('folds case, diacritics and whitespace', () => {
		expect(fold('Pohjois-Pohjanmaa\n  Österbotten')).toBe('pohjois-pohjanmaa osterbotten');
	});
});
