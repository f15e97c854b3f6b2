import { describe, expect, it } from 'vitest';
import { addSearchTerms, synonymNote, textOfHtml } from './add-search-terms';

const page = (lang: string, main: string) =>
	`<!doctype html><html lang="${lang}"><body><nav>Järjestöneuvottelukunta</nav><main data-pagefind-body>${main}</main></body></html>`;

describe('addSearchTerms', () => {
	it('adds the split heads of compounds in <main> as Pagefind metadata', () => {
		const out = addSearchTerms(page('fi', '<p>Järjestöavustuksen hakuaika</p>'));
		expect(out).toMatch(/<span hidden data-pagefind-meta="terms:[^"]*\bavustus\b[^"]*"><\/span><\/main>/);
	});

	it('reads only <main>, not the navigation', () => {
		const out = addSearchTerms(page('fi', '<p>Tervetuloa</p>'));
		expect(out).not.toContain('data-pagefind-meta');
	});

	it('uses the page language', () => {
		expect(addSearchTerms(page('sv', '<p>verksamhetsunderstöd</p>'))).toContain('understöd');
		expect(addSearchTerms(page('fi', '<p>verksamhetsunderstöd</p>'))).not.toContain('data-pagefind-meta');
	});

	it('leaves a page without a language or <main> unchanged', () => {
		expect(addSearchTerms('<html><main>järjestöavustus</main></html>')).toBe(
			'<html><main>järjestöavustus</main></html>',
		);
		expect(addSearchTerms('<html lang="fi"><p>järjestöavustus</p></html>')).toBe(
			'<html lang="fi"><p>järjestöavustus</p></html>',
		);
	});

	it('adds the names of the months the page gives dates in', () => {
		expect(addSearchTerms(page('fi', '<p>Hakuaika 1.–31.12.</p>'))).toMatch(/terms:[^"]*\bjoulukuu\b/);
		expect(addSearchTerms(page('sv', '<p>Ansökningstid 1.–31.12.</p>'))).toMatch(/terms:[^"]*\bdecember\b/);
	});

	it('does not give "råd" to a Swedish page because it says "välfärdsområdet"', () => {
		expect(addSearchTerms(page('sv', '<p>Välfärdsområdets organisationssamarbete</p>'))).not.toMatch(
			/terms:[^"]*\bråd\b/,
		);
	});

	it('adds a hidden synonym note weighted by how often the page uses the word', () => {
		const out = addSearchTerms(page('sv', '<p>verksamhetsunderstöd och understöd</p>'));
		expect(out).toContain(
			'<span hidden data-pagefind-weight="0.2">bidrag (understöd): verksamhetsbidrag</span></main>',
		);
		expect(synonymNote({ head: 'understöd', synonym: 'bidrag', uses: 85, words: ['bidrag'] })).toBe(
			'<span hidden data-pagefind-weight="8.5">bidrag (understöd)</span>',
		);
		expect(synonymNote({ head: 'understöd', synonym: 'bidrag', uses: 500, words: [] })).toContain('weight="10"');
	});

	it('ignores script text and decodes entities', () => {
		expect(textOfHtml('<script>var järjestöavustus</script>a&amp;b&#228;')).toBe(' a&bä');
	});
});
