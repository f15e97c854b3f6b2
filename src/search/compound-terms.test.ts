import { describe, expect, it } from 'vitest';
import data from '../../content/data/search-terms.json';
import { compoundForm, compoundTerms, type SearchTermData, synonymUses, wordsOf } from './compound-terms';

const terms: SearchTermData = data;

describe('compound terms for search', () => {
	it('finds the Finnish head of a closed compound, inflected', () => {
		const found = compoundTerms('Järjestöavustuksen hakuaika on joulukuu.', 'fi', terms);
		expect(found).toContain('avustus');
		expect(found).toContain('avustuksen');
	});

	it('splits hyphenated compounds too', () => {
		expect(compoundTerms('toiminta-avustus', 'fi', terms)).toContain('avustus');
	});

	it('finds neuvottelukunta inside järjestöneuvottelukunnan', () => {
		expect(compoundTerms('järjestöneuvottelukunnan toimikausi', 'fi', terms)).toContain('neuvottelukunta');
	});

	it('finds understöd inside verksamhetsunderstöd', () => {
		expect(compoundTerms('Ansök om verksamhetsunderstöd i december.', 'sv', terms)).toContain('understöd');
	});

	it('adds the inflected forms people type, so "avustukset" finds "järjestöavustus"', () => {
		expect(compoundTerms('järjestöavustus', 'fi', terms)).toEqual(
			expect.arrayContaining(['avustus', 'avustukset', 'avustuksen']),
		);
	});

	it('adds nothing for a word that is the term itself', () => {
		expect(compoundTerms('avustus avustuksen', 'fi', terms)).toEqual([]);
	});

	it('keeps the languages apart', () => {
		expect(compoundTerms('verksamhetsunderstöd', 'fi', terms)).toEqual([]);
	});

	it('lowercases and keeps hyphen parts', () => {
		expect(wordsOf('Toiminta-Avustus', 'fi')).toEqual(['toiminta-avustus', 'toiminta', 'avustus']);
	});
});

describe('a compound rule never matches inside an unrelated word', () => {
	it('"råd" is not added to a page because it says "välfärdsområde" in any form', () => {
		for (const w of [
			'välfärdsområde',
			'välfärdsområdet',
			'välfärdsområdets',
			'välfärdsområden',
			'verksamhetsområdena',
		]) {
			expect(compoundTerms(w, 'sv', terms), w).not.toContain('råd');
		}
	});

	it('"råd" is found in a real compound of it, and not in words that only end in it', () => {
		expect(compoundTerms('äldrerådet', 'sv', terms)).toContain('råd');
		expect(compoundTerms('organisationsråd', 'sv', terms)).toContain('råd');
		expect(compoundTerms('samråd förråd', 'sv', terms)).not.toContain('råd');
	});

	it('the head must end the word: letters of a head inside a word are not a compound', () => {
		expect(compoundForm('palveluhankinta', 'hanke', ['hankkeen'])).toBeNull();
		expect(compoundForm('tekstiviestin', 'viestintä', [])).toBeNull();
		expect(compoundForm('omnämnd', 'nämnd', [], ['omnämnd'])).toBeNull();
		expect(compoundForm('understödda', 'understöd', ['understödet'])).toBeNull();
	});

	it('the first part has at least two letters; a hyphen does not count as one', () => {
		expect(compoundForm('xplan', 'plan', [])).toBeNull();
		expect(compoundForm('x-plan', 'plan', [])).toBeNull();
		expect(compoundForm('tidsplan', 'plan', [])).toBe('plan');
		expect(compoundForm('kunta-avustuksen', 'avustus', ['avustuksen'])).toBe('avustuksen');
	});

	it('no word on a page that merely contains a head in the middle gets it', () => {
		const found = compoundTerms('områdesnivå strategisk planering', 'sv', terms);
		expect(found).not.toContain('råd');
		expect(found).not.toContain('strategi');
		expect(found).not.toContain('plan');
	});
});

describe('synonyms: bidrag finds what the site calls understöd', () => {
	it('a text with understöd, alone or in a compound, gets bidrag and each compound with bidrag', () => {
		const [use] = synonymUses(
			'verksamhetsunderstöd, partnerskapsunderstödet, projektunderstöd, understödsbeslut och understöd',
			'sv',
			terms,
		);
		expect(use).toEqual({
			head: 'understöd',
			synonym: 'bidrag',
			uses: 5,
			words: ['bidrag', 'bidragsbeslut', 'partnerskapsbidraget', 'projektbidrag', 'verksamhetsbidrag'],
		});
	});

	it('counts every use, so the pages that use the word most can rank highest', () => {
		expect(synonymUses('understöd understöd understöd', 'sv', terms)[0]?.uses).toBe(3);
	});

	it('a word that only contains the letters of the head gets no synonym', () => {
		expect(synonymUses('understödda', 'sv', terms)).toEqual([]);
	});

	it('synonyms are per language', () => {
		expect(synonymUses('verksamhetsunderstöd', 'fi', terms)).toEqual([]);
	});
});
