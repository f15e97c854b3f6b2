import { describe, expect, it } from 'vitest';
import { mergeQuery as mergeKitQuery } from '~/question-kit/url-answers';
import { type MoneyAnswer, moneyAnswers } from './constants';
import type { Answers } from './engine';
import { MONEY_KEY, NEEDS_KEY, OWN_KEYS, parseQuery, toQuery } from './url';

const needIds = [
	'premises',
	'events',
	'communication',
	'referral',
	'contact',
	'networks',
	'expertise',
	'yearly-funding',
	'partnership',
	'project-funding',
	'pilot',
	'influence',
];

describe('URL keys', () => {
	it('are the documented ones', () => {
		expect(NEEDS_KEY).toBe('needs');
		expect(MONEY_KEY).toBe('money');
	});

	it('write the documented form', () => {
		expect(toQuery({ needs: ['communication', 'premises'], money: 'no' }, needIds)).toBe(
			'needs=premises,communication&money=no',
		);
		expect(toQuery({ needs: [], money: null }, needIds)).toBe('');
		expect(toQuery({ needs: [], money: 'unsure' }, needIds)).toBe('money=unsure');
	});
});

describe('round trip', () => {
	it('every answer set survives toQuery → parseQuery', () => {
		const moneys: (MoneyAnswer | null)[] = [...moneyAnswers, null];
		for (let mask = 0; mask < 1 << needIds.length; mask += 7) {
			for (const money of moneys) {
				const answers: Answers = { needs: needIds.filter((_, i) => mask & (1 << i)), money };
				expect(parseQuery(`?${toQuery(answers, needIds)}`, needIds)).toEqual(answers);
			}
		}
	});

	it('reads both comma-separated and repeated keys, any order, without duplicates', () => {
		expect(parseQuery('?needs=pilot&needs=premises,pilot&money=yes', needIds)).toEqual({
			needs: ['premises', 'pilot'],
			money: 'yes',
		});
		expect(parseQuery('needs=influence%2Cevents', needIds)).toEqual({ needs: ['events', 'influence'], money: null });
	});

	it('tolerates case and spaces', () => {
		expect(parseQuery('?needs=PREMISES,+Events+&money=+NO+', needIds)).toEqual({
			needs: ['premises', 'events'],
			money: 'no',
		});
	});
});

describe('junk input', () => {
	const junk = [
		'',
		'?',
		'?needs=',
		'?needs=,,,',
		'?money=maybe',
		'?money=',
		'?needs=<script>alert(1)</script>&money=<img src=x onerror=alert(1)>',
		'?needs=%3Cscript%3E,premises%00&money=yes%00',
		'?needs=%E0%A4%A&money=%',
		'?needs=premises&needs[]=events&needs.x=pilot',
		'?needs=constructor,__proto__,toString&money=__proto__',
		`?needs=${'premises,'.repeat(10_000)}`,
		`?needs=${'x'.repeat(100_000)}`,
		'?%%%=%%%&&&=',
		'#needs=premises',
		'needs=premises#money=yes',
	];

	// Test names are cut: Stryker selects tests by a regex of their names, and two names of 90,000 and
	// 100,000 characters made that regex too large ("Regular expression too large", docs/mutation-testing.md).
	const named = junk.map((search) => [
		search.length > 80 ? `${search.slice(0, 60)}… (${search.length} characters)` : search,
		search,
	]);
	it.each(named)('never throws and returns only known values: %s', (_name, search) => {
		const parsed = parseQuery(search, needIds);
		for (const n of parsed.needs) expect(needIds).toContain(n);
		expect([...moneyAnswers, null]).toContain(parsed.money);
		const written = toQuery(parsed, needIds);
		expect(written).toMatch(/^[a-z0-9,=&-]*$/);
	});

	it('does not echo raw input', () => {
		const parsed = parseQuery('?needs=<b>x</b>,premises&money=<b>', needIds);
		expect(parsed).toEqual({ needs: ['premises'], money: null });
		expect(JSON.stringify(parsed)).not.toContain('<');
	});

	it('handles non-string input defensively', () => {
		expect(parseQuery(undefined as unknown as string, needIds)).toEqual({ needs: [], money: null });
		expect(toQuery({ needs: ['nope', 'pilot'], money: 'perhaps' as MoneyAnswer }, needIds)).toBe('needs=pilot');
	});
});

describe('the picker’s part of the address (question kit mergeQuery)', () => {
	const mergeQuery = (current: string, answers: Answers, known: readonly string[]) =>
		mergeKitQuery(current, OWN_KEYS, toQuery(answers, known));

	it('replaces our keys and keeps other parameters', () => {
		expect(mergeQuery('?lang=x&needs=pilot&money=no', { needs: ['events'], money: 'yes' }, needIds)).toBe(
			'?lang=x&needs=events&money=yes',
		);
	});

	it('returns an empty string when nothing is left', () => {
		expect(mergeQuery('?needs=pilot&money=no', { needs: [], money: null }, needIds)).toBe('');
		expect(mergeQuery('', { needs: [], money: null }, needIds)).toBe('');
	});

	it('starts a query when there was none', () => {
		expect(mergeQuery('', { needs: ['premises'], money: null }, needIds)).toBe('?needs=premises');
	});
});
