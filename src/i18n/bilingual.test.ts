import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { bilingual, bilingualHref, wordingSchema } from './bilingual';

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	(r.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);

describe('bilingual', () => {
	it('takes a text in both languages, trimmed', () => {
		expect(bilingual.parse({ fi: ' Avustus ', sv: 'Understöd' })).toEqual({ fi: 'Avustus', sv: 'Understöd' });
	});

	it('names the missing language', () => {
		expect(messages(bilingual.safeParse({ fi: 'Avustus', sv: '  ' }))).toEqual(['sv: Swedish text is missing']);
		expect(messages(bilingual.safeParse({ fi: '', sv: 'Understöd' }))).toEqual(['fi: Finnish text is missing']);
		expect(bilingual.safeParse({ fi: 'Avustus' }).success).toBe(false);
	});

	it('takes no other keys', () => {
		expect(bilingual.safeParse({ fi: 'a', sv: 'b', en: 'c' }).success).toBe(false);
	});
});

describe('bilingualHref', () => {
	const ok = (fi: string, sv: string) => bilingualHref.safeParse({ fi, sv }).success;

	it('takes root-relative page addresses with a trailing slash, optionally with an anchor', () => {
		expect(ok('/periaatteet/', '/sv/periaatteet/')).toBe(true);
		expect(ok('/periaatteet/#liite-1-avustusohje', '/sv/periaatteet/#bilaga-1-understödsanvisning')).toBe(true);
		expect(ok('/tiekartta/2023-03/', '/sv/tiekartta/2023-03/')).toBe(true);
	});

	it('refuses addresses that are not root-relative page addresses', () => {
		expect(ok('periaatteet/', '/sv/periaatteet/')).toBe(false);
		expect(ok('/periaatteet', '/sv/periaatteet/')).toBe(false);
		expect(ok('https://example.org/periaatteet/', '/sv/periaatteet/')).toBe(false);
		expect(ok('/periaatteet/?x=1', '/sv/periaatteet/')).toBe(false);
		expect(ok('//example.org/', '/sv/periaatteet/')).toBe(false);
		expect(ok('/periaatteet/#a b', '/sv/periaatteet/')).toBe(false);
		expect(ok('/Periaatteet/', '/sv/periaatteet/')).toBe(false);
	});

	it('wants the Swedish address under /sv/ and the Finnish one outside it', () => {
		expect(messages(bilingualHref.safeParse({ fi: '/sv/malli/', sv: '/malli/' }))).toEqual([
			'fi: a Finnish link must not start with /sv/',
			'sv: a Swedish link must start with /sv/',
		]);
	});
});

describe('wordingSchema', () => {
	const schema = wordingSchema(['title', 'intro'] as const, { kind: z.object({ a: bilingual }).strict() });
	const ok = {
		$comment: 'x',
		title: { fi: 'Otsikko', sv: 'Rubrik' },
		intro: { fi: 'a', sv: 'b' },
		kind: { a: { fi: 'c', sv: 'd' } },
	};

	it('accepts a flat file with its groups', () => {
		expect(schema.parse(ok)).toEqual(ok);
	});
	it('names a missing text, an unknown key and a missing language', () => {
		const { title: _omit, ...noTitle } = ok;
		expect(schema.safeParse(noTitle).error?.issues[0]?.path).toEqual(['title']);
		expect(schema.safeParse({ ...ok, extra: { fi: 'a', sv: 'b' } }).success).toBe(false);
		expect(messages(schema.safeParse({ ...ok, intro: { fi: 'a', sv: ' ' } }))).toEqual([
			'intro.sv: Swedish text is missing',
		]);
	});
});
