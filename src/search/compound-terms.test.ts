import { describe, expect, it } from 'vitest';
import heads from '../../content/data/search-terms.json';
import { compoundTerms, stemOf, wordsOf } from './compound-terms';

describe('compound terms for search', () => {
	it('finds the Finnish head of a closed compound, inflected', () => {
		const terms = compoundTerms('Järjestöavustuksen hakuaika on joulukuu.', 'fi', heads);
		expect(terms).toContain('avustus');
		expect(terms).toContain('avustuksen');
	});

	it('splits hyphenated compounds too', () => {
		expect(compoundTerms('toiminta-avustus', 'fi', heads)).toContain('avustus');
	});

	it('finds neuvottelukunta inside järjestöneuvottelukunnan', () => {
		expect(compoundTerms('järjestöneuvottelukunnan toimikausi', 'fi', heads)).toContain('neuvottelukunta');
	});

	it('finds understöd inside verksamhetsunderstöd', () => {
		const terms = compoundTerms('Ansök om verksamhetsunderstöd i december.', 'sv', heads);
		expect(terms).toContain('understöd');
	});

	it('adds the inflected forms people type, so "avustukset" finds "järjestöavustus"', () => {
		const terms = compoundTerms('järjestöavustus', 'fi', heads);
		expect(terms).toEqual(expect.arrayContaining(['avustus', 'avustukset', 'avustuksen']));
	});

	it('adds nothing for a word that is the term itself', () => {
		expect(compoundTerms('avustus avustuksen', 'fi', heads)).toEqual([]);
	});

	it('keeps the languages apart', () => {
		expect(compoundTerms('verksamhetsunderstöd', 'fi', heads)).toEqual([]);
	});

	it('stems Finnish terms but not Swedish ones', () => {
		expect(stemOf('avustus', 'fi')).toBe('avust');
		expect(stemOf('understöd', 'sv')).toBe('understöd');
	});

	it('lowercases and keeps hyphen parts', () => {
		expect(wordsOf('Toiminta-Avustus', 'fi')).toEqual(['toiminta-avustus', 'toiminta', 'avustus']);
	});
});
