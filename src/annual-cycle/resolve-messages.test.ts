/**
 * timingOf and resolveEvents on small made-up inputs: each way the data can fail gives one exact
 * message naming the event, the file and the field (the build shows it as is), and the order of
 * the year is kept with ties. The real data is tested in ./resolve.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { firstDay, isScheduled, type ResolveInputs, resolveEvents, type Timing, timingOf } from './resolve';
import type { CycleEventData, When } from './schema';

const inputs: ResolveInputs = {
	rulesVersion: '2030-01-01',
	forms: [
		{
			id: 'avustus',
			info: {
				fi: 'Haku 1.–31.12. Päätökset tammikuun aikana.',
				sv: 'Ansökan 1–31 december. Besluten under januari.',
			},
		},
		{ id: 'ilman', info: undefined },
	],
	rules: [
		{
			id: 'raportti',
			reason: { fi: 'kuusi kuukautta vuoden päättymisen jälkeen', sv: 'sex månader efter utgången av året' },
		},
	],
	documentDate: (entry, field) => (entry === 'sivu' && field === 'approvedOn' ? '2026-03-15' : undefined),
	councilTerm: { from: '2025-06-01', until: '2027-07-31' },
};
const withForm = (info: { fi: string; sv: string }): ResolveInputs => ({
	...inputs,
	forms: [{ id: 'avustus', info }],
});
const withRule = (reason: { fi: string; sv: string }): ResolveInputs => ({
	...inputs,
	rules: [{ id: 'raportti', reason }],
});
const period: When = { derive: 'grant-application-period', form: 'avustus' };
const month: When = { derive: 'grant-decision-month', form: 'avustus' };
const deadline: When = { derive: 'grant-report-deadline', rule: 'raportti' };
const message = (f: () => unknown): string => {
	try {
		f();
	} catch (e) {
		return (e as Error).message;
	}
	return '(no error)';
};

describe('timingOf: each kind of timing', () => {
	it('reads the period, the month and the deadline from the grant data', () => {
		expect(timingOf('e', period, inputs)).toEqual({
			kind: 'yearly-period',
			start: { day: 1, month: 12 },
			end: { day: 31, month: 12 },
		});
		expect(timingOf('e', month, inputs)).toEqual({ kind: 'yearly-month', month: 1 });
		expect(timingOf('e', deadline, inputs)).toEqual({
			kind: 'yearly-deadline',
			date: { month: 6, day: 30 },
			monthsAfterYearEnd: 6,
		});
	});

	it('takes dates from the council and the documents', () => {
		expect(timingOf('e', { derive: 'council-term', field: 'from' }, inputs)).toEqual({
			kind: 'once',
			date: '2025-06-01',
		});
		expect(timingOf('e', { derive: 'council-term', field: 'until' }, inputs)).toEqual({
			kind: 'once',
			date: '2027-07-31',
		});
		expect(timingOf('e', { derive: 'document-date', entry: 'sivu', field: 'approvedOn' }, inputs)).toEqual({
			kind: 'once',
			date: '2026-03-15',
		});
	});

	it('keeps a frequency without a time of year, "at least" only when said', () => {
		expect(timingOf('e', { timesPerYear: 2 }, inputs)).toEqual({
			kind: 'unscheduled',
			timesPerYear: 2,
			atLeast: false,
		});
		expect(timingOf('e', { timesPerYear: 1, atLeast: true }, inputs)).toEqual({
			kind: 'unscheduled',
			timesPerYear: 1,
			atLeast: true,
		});
		expect(timingOf('e', { timesPerYear: 3, atLeast: false }, inputs)).toMatchObject({ atLeast: false });
	});
});

describe('timingOf: each failure, with the file and field named', () => {
	const forms = 'content/data/grant-check/2030-01-01/forms.json';
	const rules = 'content/data/grant-check/2030-01-01/rules.json';

	it('a missing form, a form without info, a missing rule', () => {
		expect(message(() => timingOf('haku', { ...period, form: 'muu' }, inputs))).toBe(
			`Annual cycle event "haku": ${forms} has no grant form "muu"`,
		);
		expect(message(() => timingOf('haku', { ...month, form: 'ilman' }, inputs))).toBe(
			`Annual cycle event "haku": ${forms} form "ilman" has no "info" text`,
		);
		expect(message(() => timingOf('raportti', { ...deadline, rule: 'muu' }, inputs))).toBe(
			`Annual cycle event "raportti": ${rules} has no rule "muu"`,
		);
	});

	it('names "<version>" when the rules version is not given', () => {
		const { rulesVersion: _, ...noVersion } = inputs;
		expect(message(() => timingOf('haku', { ...period, form: 'muu' }, noVersion))).toBe(
			'Annual cycle event "haku": content/data/grant-check/<version>/forms.json has no grant form "muu"',
		);
	});

	it('a text that states no period, month or deadline, in Finnish or in Swedish', () => {
		const fiOnly = withForm({ fi: 'Haku 1.–31.12.', sv: 'Ansökan i december.' });
		expect(message(() => timingOf('haku', period, fiOnly))).toBe(
			`Annual cycle event "haku": ${forms} form "avustus" info.sv states no period such as "1.–31.12." (or more than one)`,
		);
		expect(
			message(() => timingOf('haku', period, withForm({ fi: 'Haku joulukuussa.', sv: 'Ansökan 1–31 december.' }))),
		).toBe(
			`Annual cycle event "haku": ${forms} form "avustus" info.fi states no period such as "1.–31.12." (or more than one)`,
		);
		expect(message(() => timingOf('paatos', month, fiOnly))).toBe(
			`Annual cycle event "paatos": ${forms} form "avustus" info.fi states no month such as "tammikuun aikana" (or more than one)`,
		);
		expect(message(() => timingOf('raportti', deadline, withRule({ fi: 'pian', sv: 'snart' })))).toBe(
			`Annual cycle event "raportti": ${rules} rule "raportti" reason.fi states no deadline such as "kuusi kuukautta avustusvuoden päättymisen jälkeen" (or more than one)`,
		);
	});

	it('texts that disagree, with both readings shown', () => {
		expect(
			message(() => timingOf('haku', period, withForm({ fi: 'Haku 1.–31.12.', sv: 'Ansökan 1–30 november.' }))),
		).toBe(
			`Annual cycle event "haku": ${forms} form "avustus" info: the Finnish and Swedish texts disagree ({"start":{"day":1,"month":12},"end":{"day":31,"month":12}} / {"start":{"day":1,"month":11},"end":{"day":30,"month":11}})`,
		);
		expect(
			message(() =>
				timingOf(
					'raportti',
					deadline,
					withRule({ fi: 'kuusi kuukautta vuoden päättymisen jälkeen', sv: 'tre månader efter utgången av året' }),
				),
			),
		).toBe(
			`Annual cycle event "raportti": ${rules} rule "raportti" reason: the Finnish and Swedish texts disagree (6 / 3)`,
		);
	});

	it('a council term or a front matter date that is not a full date', () => {
		const council = (until: string) =>
			message(() =>
				timingOf('loppu', { derive: 'council-term', field: 'until' }, { ...inputs, councilTerm: { from: '', until } }),
			);
		for (const bad of ['2027-07', 'x2027-07-31', '2027-07-31x', '27-07-31']) {
			expect(council(bad)).toBe(
				`Annual cycle event "loppu": content/data/council.json termOfOffice.until must be a full date (YYYY-MM-DD), not "${bad}"`,
			);
		}
		const page = (date: string | undefined) =>
			message(() =>
				timingOf(
					'sivu',
					{ derive: 'document-date', entry: 'a/b', field: 'inForceUntil' },
					{ ...inputs, documentDate: () => date },
				),
			);
		expect(page(undefined)).toBe(
			'Annual cycle event "sivu": content/docs/a/b.mdx front matter document.inForceUntil is not set',
		);
		expect(page('')).toBe(
			'Annual cycle event "sivu": content/docs/a/b.mdx front matter document.inForceUntil is not set',
		);
		for (const bad of ['2026-03', 'x2026-03-15', '2026-03-15T00:00']) {
			expect(page(bad)).toBe(
				`Annual cycle event "sivu": content/docs/a/b.mdx front matter document.inForceUntil must be a full date (YYYY-MM-DD), not "${bad}"`,
			);
		}
	});
});

describe('resolveEvents: the order of the year', () => {
	const event = (id: string, when: When): CycleEventData => ({
		id,
		title: { fi: id, sv: id },
		description: { fi: id, sv: id },
		when,
		sources: ['001'],
		cite: { href: { fi: '/a/', sv: '/sv/a/' }, label: { fi: 'a', sv: 'a' } },
	});
	const date = (d: string) => () => d;

	it('orders by month, then day; equal days and unscheduled events keep their order in the file', () => {
		const list = [
			event('harvoin', { timesPerYear: 1 }),
			event('joulu', period),
			event('kesakuu-30', deadline),
			event('usein', { timesPerYear: 4 }),
			event('tammikuu', month),
			event('kesakuu-2', { derive: 'document-date', entry: 'sivu', field: 'approvedOn' }),
			event('kesakuu-1', { derive: 'council-term', field: 'from' }),
			event('sama-paiva', { derive: 'council-term', field: 'from' }),
		];
		const resolved = resolveEvents(list, { ...inputs, documentDate: date('2026-06-02') });
		expect(resolved.map((e) => `${e.number} ${e.id}`)).toEqual([
			'1 tammikuu',
			'2 kesakuu-1',
			'3 sama-paiva',
			'4 kesakuu-2',
			'5 kesakuu-30',
			'6 joulu',
			'7 harvoin',
			'8 usein',
		]);
		expect(resolved[0]).not.toHaveProperty('when');
		expect(resolved[0]?.title).toEqual({ fi: 'tammikuu', sv: 'tammikuu' });
	});

	it('puts a day late in one month before the first day of the next month', () => {
		const list = [event('heinakuu-1', { derive: 'council-term', field: 'until' }), event('kesakuu-30', deadline)];
		const resolved = resolveEvents(list, { ...inputs, councilTerm: { from: '', until: '2026-07-01' } });
		expect(resolved.map((e) => e.id)).toEqual(['kesakuu-30', 'heinakuu-1']);
	});
});

describe('firstDay and isScheduled', () => {
	it('gives the first day of each kind of timing, none without a time of year', () => {
		const timings: Timing[] = [
			{ kind: 'yearly-period', start: { month: 11, day: 15 }, end: { month: 1, day: 15 } },
			{ kind: 'yearly-month', month: 3 },
			{ kind: 'yearly-deadline', date: { month: 6, day: 30 }, monthsAfterYearEnd: 6 },
			{ kind: 'once', date: '2027-07-31' },
			{ kind: 'unscheduled', timesPerYear: 2, atLeast: false },
		];
		expect(timings.map(firstDay)).toEqual([
			{ month: 11, day: 15 },
			{ month: 3, day: 1 },
			{ month: 6, day: 30 },
			{ month: 7, day: 31 },
			null,
		]);
		expect(timings.map(isScheduled)).toEqual([true, true, true, true, false]);
	});
});
