/**
 * The messages and anchors of the bilingual schemas that the other tests do not pin: what a
 * content editor reads for a link that is not a page address, and that "/sv/" must open a Swedish
 * link (not appear somewhere in it). Written to kill mutants the other tests let survive
 * (docs/mutation-testing.md).
 */
import { describe, expect, it } from 'vitest';
import { bilingual, bilingualHref, pageHrefPattern, wordingSchema } from './bilingual';

const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
	(r.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);

describe('bilingualHref messages', () => {
	it('names what a page address must look like', () => {
		expect(messages(bilingualHref.safeParse({ fi: '/malli', sv: '/sv/malli/' }))).toEqual([
			'fi: must be root-relative with a trailing slash, e.g. /malli/ or /malli/#anchor',
		]);
	});

	it('wants "/sv/" at the start of a Swedish link, not further on', () => {
		expect(messages(bilingualHref.safeParse({ fi: '/malli/', sv: '/malli/sv/' }))).toEqual([
			'sv: a Swedish link must start with /sv/',
		]);
		expect(bilingualHref.safeParse({ fi: '/malli/sv/', sv: '/sv/malli/' }).success).toBe(true);
	});
});

describe('pageHrefPattern', () => {
	it('takes one anchor made of anything but spaces and "#"', () => {
		expect(pageHrefPattern.test('/a/#x-1_ä')).toBe(true);
		expect(pageHrefPattern.test('/a/#x#y')).toBe(false);
		expect(pageHrefPattern.test('/a/#')).toBe(false);
		expect(pageHrefPattern.test('/a/b/c/')).toBe(true);
		expect(pageHrefPattern.test('/')).toBe(false);
		// Root-relative from its first character: another site's address or a scheme never passes.
		expect(pageHrefPattern.test('https://example.org/a/')).toBe(false);
		expect(pageHrefPattern.test('javascript:/a/')).toBe(false);
	});
});

describe('bilingual and wordingSchema', () => {
	it('a text of one character is enough, and spaces around a text are trimmed on both sides', () => {
		expect(bilingual.parse({ fi: 'a', sv: ' b ' })).toEqual({ fi: 'a', sv: 'b' });
		expect(bilingual.parse({ fi: ' pitkä teksti ', sv: 'lång text ' })).toEqual({
			fi: 'pitkä teksti',
			sv: 'lång text',
		});
	});

	it('a wording file without groups takes its keys and a comment only', () => {
		const schema = wordingSchema(['a'] as const);
		expect(schema.parse({ a: { fi: 'x', sv: 'y' } })).toEqual({ a: { fi: 'x', sv: 'y' } });
		expect(schema.safeParse({ a: { fi: 'x', sv: 'y' }, $comment: 1 }).success).toBe(false);
		expect(schema.safeParse({}).success).toBe(false);
	});
});
