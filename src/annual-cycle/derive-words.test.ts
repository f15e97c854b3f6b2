/**
 * The readers of ./derive.ts word by word: every month name and every number word in both
 * languages (written out here, not taken from the module's own lists), the limits of a valid day,
 * and the edges of each pattern. The everyday sentences are in ./derive.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isValidMonthDay, monthFromText, monthsAfterYearEndFromText, periodFromText } from './derive';

const fiMonths = [
	'tammikuun',
	'helmikuun',
	'maaliskuun',
	'huhtikuun',
	'toukokuun',
	'kesäkuun',
	'heinäkuun',
	'elokuun',
	'syyskuun',
	'lokakuun',
	'marraskuun',
	'joulukuun',
];
const svMonths = [
	'januari',
	'februari',
	'mars',
	'april',
	'maj',
	'juni',
	'juli',
	'augusti',
	'september',
	'oktober',
	'november',
	'december',
];
const twelve = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe('every month name', () => {
	it('is read in Finnish ("…kuun aikana") and Swedish ("under …")', () => {
		expect(fiMonths.map((m) => monthFromText(`Päätökset tehdään ${m} aikana.`, 'fi'))).toEqual(twelve);
		expect(svMonths.map((m) => monthFromText(`Besluten fattas under ${m}.`, 'sv'))).toEqual(twelve);
	});

	it('is read in a Swedish period, one month or two, whatever the case of its letters', () => {
		expect(svMonths.map((m) => periodFromText(`1–2 ${m}`, 'sv')?.end.month)).toEqual(twelve);
		expect(svMonths.map((m) => periodFromText(`1 ${m}–2 ${m.toUpperCase()}`, 'sv')?.start.month)).toEqual(twelve);
		expect(periodFromText('1–31 December', 'sv')).toEqual({
			start: { day: 1, month: 12 },
			end: { day: 31, month: 12 },
		});
		expect(monthFromText('under Januari', 'sv')).toBe(1);
		expect(monthFromText('Tammikuun aikana', 'fi')).toBe(1);
	});

	it('is a whole word', () => {
		expect(monthFromText('under januarimötet', 'sv')).toBeNull();
		expect(monthFromText('ajantammikuun aikana', 'fi')).toBeNull();
		expect(periodFromText('1–31 decembers', 'sv')).toBeNull();
		expect(periodFromText('1 november–15 januarimöte', 'sv')).toBeNull();
	});
});

describe('every number of months', () => {
	const fi = [
		'yksi',
		'kaksi',
		'kolme',
		'neljä',
		'viisi',
		'kuusi',
		'seitsemän',
		'kahdeksan',
		'yhdeksän',
		'kymmenen',
		'yksitoista',
		'kaksitoista',
	];
	const sv = ['en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

	it('is read in words, in both languages, and "ett" is one', () => {
		expect(fi.map((w) => monthsAfterYearEndFromText(`${w} kuukautta vuoden päättymisen jälkeen`, 'fi'))).toEqual(
			twelve,
		);
		expect(sv.map((w) => monthsAfterYearEndFromText(`${w} månader efter utgången av året`, 'sv'))).toEqual(twelve);
		expect(monthsAfterYearEndFromText('ett månader efter utgången av året', 'sv')).toBe(1);
		expect(monthsAfterYearEndFromText('Sex månader efter utgången av året', 'sv')).toBe(6);
	});

	it('is read in digits from 1 to 12, and nothing outside that', () => {
		const fiDigits = (n: string) => monthsAfterYearEndFromText(`${n} kuukautta vuoden päättymisen jälkeen`, 'fi');
		expect(['1', '12', '0', '13'].map(fiDigits)).toEqual([1, 12, null, null]);
		expect(
			['1', '12', '0'].map((n) => monthsAfterYearEndFromText(`${n} månader efter utgången av året`, 'sv')),
		).toEqual([1, 12, null]);
	});

	it('is not a number glued to a word', () => {
		expect(monthsAfterYearEndFromText('kohta6 kuukautta vuoden päättymisen jälkeen', 'fi')).toBeNull();
		expect(monthsAfterYearEndFromText('punkt6 månader efter utgången av året', 'sv')).toBeNull();
	});

	it('allows at most three words between the months and the year', () => {
		expect(monthsAfterYearEndFromText('kuusi kuukautta a b c toimintavuoden päättymisen jälkeen', 'fi')).toBe(6);
		expect(monthsAfterYearEndFromText('kuusi kuukautta a b c d vuoden päättymisen jälkeen', 'fi')).toBeNull();
	});

	it('is one number: two different ones are none', () => {
		expect(
			monthsAfterYearEndFromText(
				'kuusi kuukautta vuoden päättymisen jälkeen tai kolme kuukautta vuoden päättymisen jälkeen',
				'fi',
			),
		).toBeNull();
		expect(
			monthsAfterYearEndFromText('sex månader efter utgången av året eller tre månader efter utgången av året', 'sv'),
		).toBeNull();
		expect(
			monthsAfterYearEndFromText(
				'kuusi kuukautta vuoden päättymisen jälkeen (6 kuukautta vuoden päättymisen jälkeen)',
				'fi',
			),
		).toBe(6);
	});
});

describe('a valid day of a common year', () => {
	it('has a whole month from 1 to 12 and a day from 1 to the end of that month', () => {
		const ok = (month: number, day: number) => isValidMonthDay({ month, day });
		expect([ok(1, 1), ok(12, 31), ok(2, 28), ok(4, 30)]).toEqual([true, true, true, true]);
		expect([ok(0, 1), ok(13, 1), ok(1.5, 1), ok(1, 0), ok(1, 32), ok(2, 29), ok(4, 31)]).toEqual([
			false,
			false,
			false,
			false,
			false,
			false,
			false,
		]);
	});

	it('is checked for both ends of a period', () => {
		expect(periodFromText('1.–31.13.', 'fi')).toBeNull();
		expect(periodFromText('0.–31.12.', 'fi')).toBeNull();
		expect(periodFromText('1.12.–31.0.', 'fi')).toBeNull();
		expect(periodFromText('32.12.–31.1.', 'fi')).toBeNull();
		expect(periodFromText('30 februari–3 mars', 'sv')).toBeNull();
		expect(periodFromText('3 mars–30 februari', 'sv')).toBeNull();
	});
});

describe('the shapes of a period', () => {
	const december = { start: { day: 1, month: 12 }, end: { day: 31, month: 12 } };

	it('takes any dash with or without spaces', () => {
		expect(['1.–31.12.', '1. – 31.12.', '1.—31.12.', '1. - 31.12.'].map((t) => periodFromText(t, 'fi'))).toEqual([
			december,
			december,
			december,
			december,
		]);
		expect(['1–31 december', '1 – 31 december', '1—31 december'].map((t) => periodFromText(t, 'sv'))).toEqual([
			december,
			december,
			december,
		]);
		expect(periodFromText('1 december – 31 januari', 'sv')).toEqual({
			start: { day: 1, month: 12 },
			end: { day: 31, month: 1 },
		});
		expect(periodFromText('1.12. – 31.1.', 'fi')).toEqual({ start: { day: 1, month: 12 }, end: { day: 31, month: 1 } });
	});

	it('does not read the tail of a two-month period or of a longer number as a period of its own', () => {
		expect(periodFromText('haku 15.11.–15.1. ja päätökset 20.1.', 'fi')).toEqual({
			start: { day: 15, month: 11 },
			end: { day: 15, month: 1 },
		});
		expect(periodFromText('101.–31.12.', 'fi')).toBeNull();
		expect(periodFromText('2.1.–31.12.', 'fi')).toEqual({ start: { day: 2, month: 1 }, end: { day: 31, month: 12 } });
		expect(periodFromText('301–31 december', 'sv')).toBeNull();
		expect(periodFromText('101 november–31 december', 'sv')).toBeNull();
	});

	it('cuts a two-month period out with a space, so that what stood around it never joins into a new date', () => {
		// Without the space, "1.–31." + "12." would read as a second period, 1.–31.12.
		expect(periodFromText('1.–31.10.11.–12.12.12.', 'fi')).toEqual({
			start: { day: 10, month: 11 },
			end: { day: 12, month: 12 },
		});
	});

	it('reads two different periods as none, in Swedish too', () => {
		expect(periodFromText('1–31 december eller 1–30 juni', 'sv')).toBeNull();
		expect(periodFromText('1.12.–31.1. tai 1.2.–28.2.', 'fi')).toBeNull();
		expect(periodFromText('1 december–31 januari eller 1 februari–28 februari', 'sv')).toBeNull();
	});
});
