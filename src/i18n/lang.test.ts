import { describe, expect, it } from 'vitest';
import { langs, localize, pageLang } from './lang';

describe('langs', () => {
	it('are Finnish and Swedish, Finnish first', () => {
		expect(langs).toEqual(['fi', 'sv']);
	});
});

describe('pageLang', () => {
	const page = (lang?: string) => ({ locals: lang === undefined ? {} : { starlightRoute: { lang } } });

	it('is Swedish on a Swedish page', () => {
		expect(pageLang(page('sv'))).toBe('sv');
	});

	it('is Finnish on a Finnish page, without a route and for any other language', () => {
		expect(pageLang(page('fi'))).toBe('fi');
		expect(pageLang(page())).toBe('fi');
		expect(pageLang(page('en'))).toBe('fi');
		expect(pageLang({ locals: { starlightRoute: {} } })).toBe('fi');
	});
});

describe('localize', () => {
	const texts = { title: { fi: 'Avustus', sv: 'Understöd' }, more: { fi: 'Lisää', sv: 'Mer' } };

	it('picks one language, keeping the keys and their order', () => {
		expect(localize(texts, 'fi')).toEqual({ title: 'Avustus', more: 'Lisää' });
		expect(Object.keys(localize(texts, 'sv'))).toEqual(['title', 'more']);
		expect(localize(texts, 'sv')).toEqual({ title: 'Understöd', more: 'Mer' });
	});

	it('gives an empty set for an empty set', () => {
		expect(localize({}, 'sv')).toEqual({});
	});
});
