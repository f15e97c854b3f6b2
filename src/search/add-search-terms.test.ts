import { describe, expect, it } from 'vitest';
import { addSearchTerms, textOfHtml } from './add-search-terms';

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

	it('ignores script text and decodes entities', () => {
		expect(textOfHtml('<script>var järjestöavustus</script>a&amp;b&#228;')).toBe(' a&bä');
	});
});
