import { describe, expect, it } from 'vitest';
import { annualCycleEvents } from './data';
import { documentDateFromFiles } from './test-helpers';
import { angleOfDay, dayOfYear, monthSectors, pointAt, ringSegment, wheelMarks } from './wheel';

describe('wheel geometry', () => {
	it('counts days of a common year', () => {
		expect(dayOfYear({ month: 1, day: 1 })).toBe(0);
		expect(dayOfYear({ month: 3, day: 1 })).toBe(59);
		expect(dayOfYear({ month: 12, day: 31 })).toBe(364);
	});

	it('puts January at the top and runs clockwise', () => {
		expect(pointAt(100, 100, 50, angleOfDay(0))).toEqual({ x: 100, y: 50 });
		expect(pointAt(100, 100, 50, 90)).toEqual({ x: 150, y: 100 });
		expect(pointAt(100, 100, 50, 180)).toEqual({ x: 100, y: 150 });
	});

	it('covers the whole circle with twelve months', () => {
		const s = monthSectors();
		expect(s).toHaveLength(12);
		expect(s[0]?.a0).toBe(0);
		expect(s.at(-1)?.a1).toBe(360);
		s.forEach((m, i) => {
			if (i > 0) expect(m.a0).toBe(s[i - 1]?.a1);
		});
	});

	it('draws ring segments and refuses empty ones', () => {
		expect(ringSegment(100, 100, 50, 40, 0, 90)).toBe(
			'M 100 50 A 50 50 0 0 1 150 100 L 140 100 A 40 40 0 0 0 100 60 Z',
		);
		expect(ringSegment(100, 100, 50, 40, 0, 270)).toContain(' 0 1 1 ');
		expect(() => ringSegment(100, 100, 50, 40, 10, 10)).toThrow();
	});
});

describe('wheel marks for the annual cycle', () => {
	// Computed in each test, not while the file is collected (Stryker would count it as "static").
	const marksOf = () => wheelMarks(annualCycleEvents(documentDateFromFiles));

	it('has one mark per event', () => {
		expect(marksOf().map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('draws periods as arcs, days as markers and unscheduled events in the middle', () => {
		const marks = marksOf();
		expect(marks.map((m) => [m.id, m.kind])).toEqual([
			['toiminta-avustus-paatokset', 'period'],
			['neuvottelukunta-toimikausi-alkaa', 'date'],
			['toiminta-avustus-raportointi', 'date'],
			['neuvottelukunta-toimikausi-paattyy', 'date'],
			['toiminta-avustus-haku', 'period'],
			['jarjestofoorumi', 'unscheduled'],
			['hyte-neuvottelut', 'unscheduled'],
		]);
		const haku = marks.find((m) => m.id === 'toiminta-avustus-haku');
		expect(haku?.kind === 'period' && [Math.round(haku.a0), haku.a1]).toEqual([329, 360]);
		const jan = marks.find((m) => m.id === 'toiminta-avustus-paatokset');
		expect(jan?.kind === 'period' && [jan.a0, Math.round(jan.a1)]).toEqual([0, 31]);
	});

	it('moves markers that would overlap to another lane', () => {
		const e = (id: string, number: number, date: string) => ({
			id,
			number,
			title: { fi: id, sv: id },
			description: { fi: id, sv: id },
			sources: ['001'],
			cite: { href: { fi: '/a/', sv: '/sv/a/' }, label: { fi: 'a', sv: 'a' } },
			timing: { kind: 'once' as const, date },
		});
		const m = wheelMarks([e('a', 1, '2025-06-01'), e('b', 2, '2025-06-03'), e('c', 3, '2025-09-01')]);
		expect(m.map((x) => (x.kind === 'date' ? x.lane : -1))).toEqual([0, 1, 0]);
	});
});
