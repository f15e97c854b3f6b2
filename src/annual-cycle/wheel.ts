/**
 * Geometry of the annual wheel (vuosikello): the year as a circle, January at the top, running
 * clockwise. Pure functions that return numbers and SVG path data; the Astro component
 * (src/components/annual-cycle/AnnualWheel.astro) draws them.
 */
import type { MonthDay } from './derive';
import type { CycleEvent } from './resolve';

export const DAYS_IN_YEAR = 365;
const MONTH_STARTS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Day of a common year, 0 = 1 January. */
export function dayOfYear(md: MonthDay): number {
	return (MONTH_STARTS[md.month - 1] ?? 0) + md.day - 1;
}

/** Degrees clockwise from the top for a (fractional) day of the year. */
export function angleOfDay(day: number): number {
	return (day / DAYS_IN_YEAR) * 360;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function pointAt(cx: number, cy: number, r: number, angle: number): { x: number; y: number } {
	const rad = (angle * Math.PI) / 180;
	return { x: round(cx + r * Math.sin(rad)), y: round(cy - r * Math.cos(rad)) };
}

/** SVG path of a ring segment between two angles (clockwise), outer and inner radius. */
export function ringSegment(cx: number, cy: number, rOuter: number, rInner: number, a0: number, a1: number): string {
	const sweep = a1 - a0;
	if (sweep <= 0 || sweep > 360) throw new Error(`Bad arc ${a0}–${a1}`);
	// A full circle cannot be one arc: stop just short of it.
	const end = sweep >= 360 ? a0 + 359.99 : a1;
	const large = end - a0 > 180 ? 1 : 0;
	const o0 = pointAt(cx, cy, rOuter, a0);
	const o1 = pointAt(cx, cy, rOuter, end);
	const i1 = pointAt(cx, cy, rInner, end);
	const i0 = pointAt(cx, cy, rInner, a0);
	return [
		`M ${o0.x} ${o0.y}`,
		`A ${rOuter} ${rOuter} 0 ${large} 1 ${o1.x} ${o1.y}`,
		`L ${i1.x} ${i1.y}`,
		`A ${rInner} ${rInner} 0 ${large} 0 ${i0.x} ${i0.y}`,
		'Z',
	].join(' ');
}

export interface MonthSector {
	month: number;
	a0: number;
	a1: number;
	/** Where the month's label goes (middle of the sector). */
	mid: number;
}

export function monthSectors(): MonthSector[] {
	return MONTH_STARTS.map((start, i) => {
		const next = MONTH_STARTS[i + 1] ?? DAYS_IN_YEAR;
		const a0 = angleOfDay(start);
		const a1 = angleOfDay(next);
		return { month: i + 1, a0, a1, mid: (a0 + a1) / 2 };
	});
}

export type WheelMark =
	/** A period of days: an arc from a0 to a1, numbered at `mid`. */
	| { kind: 'period'; number: number; id: string; a0: number; a1: number; mid: number }
	/** One day: a numbered circle at `angle`; `lane` 0 or 1 moves crowded markers apart. */
	| { kind: 'date'; number: number; id: string; angle: number; lane: number }
	/** No time of year: numbered in the middle of the wheel. */
	| { kind: 'unscheduled'; number: number; id: string };

/** The marks of the wheel, one per event, in the events' order. */
export function wheelMarks(events: readonly CycleEvent[], minSeparation = 12): WheelMark[] {
	const marks: WheelMark[] = [];
	const dates: { angle: number; lane: number }[] = [];
	for (const e of events) {
		const t = e.timing;
		const base = { number: e.number, id: e.id };
		if (t.kind === 'yearly-period') {
			const a0 = angleOfDay(dayOfYear(t.start));
			let a1 = angleOfDay(dayOfYear(t.end) + 1);
			if (a1 <= a0) a1 += 360;
			marks.push({ kind: 'period', ...base, a0, a1, mid: ((a0 + a1) / 2) % 360 });
		} else if (t.kind === 'yearly-month') {
			const a0 = angleOfDay(dayOfYear({ month: t.month, day: 1 }));
			const a1 = t.month === 12 ? 360 : angleOfDay(dayOfYear({ month: t.month + 1, day: 1 }));
			marks.push({ kind: 'period', ...base, a0, a1, mid: (a0 + a1) / 2 });
		} else if (t.kind === 'unscheduled') {
			marks.push({ kind: 'unscheduled', ...base });
		} else {
			const md =
				t.kind === 'yearly-deadline' ? t.date : { month: Number(t.date.slice(5, 7)), day: Number(t.date.slice(8, 10)) };
			const angle = angleOfDay(dayOfYear(md) + 0.5);
			const crowded = (lane: number) =>
				dates.some(
					(d) =>
						d.lane === lane && Math.min(Math.abs(d.angle - angle), 360 - Math.abs(d.angle - angle)) < minSeparation,
				);
			const lane = crowded(0) && !crowded(1) ? 1 : 0;
			dates.push({ angle, lane });
			marks.push({ kind: 'date', ...base, angle, lane });
		}
	}
	return marks;
}
