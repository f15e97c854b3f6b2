import { describe, expect, it } from 'vitest';
import { plan } from '~/data/implementation-plan';
import { actionsFor, newestVersionId, roadmap, roadmapYears } from '~/data/roadmap';
import { runs, timelineLayout, wrapText } from './layout';
import { cellStatuses, PLAN_YEAR, roadmapTimeline, statusCounts } from './model';

const timeline = roadmapTimeline();
const rows = timeline.flatMap((g) => g.rows);
const row = (id: string) => {
	const r = rows.find((x) => x.group.id === id);
	if (!r) throw new Error(id);
	return r;
};

describe('roadmap timeline model', () => {
	it('has every goal and measure group of the roadmap, in order, with every year', () => {
		expect(timeline.map((g) => g.goal.id)).toEqual(roadmap.goals.map((g) => g.id));
		expect(rows.map((r) => r.group.id)).toEqual(roadmap.groups.map((g) => g.id));
		for (const r of rows) expect(r.cells.map((c) => c.year)).toEqual([...roadmapYears]);
	});

	it("takes each cell's items from the roadmap's current version", () => {
		for (const r of rows) {
			for (const c of r.cells) expect(c.items).toEqual(actionsFor(newestVersionId, r.group.id, c.year));
		}
	});

	it('counts the items carried over from 2023 (seven in the 2024 update)', () => {
		const carried = rows.flatMap((r) => r.cells).reduce((n, c) => n + c.carriedOver, 0);
		expect(carried).toBe(7);
		expect(row('toimivat-rakenteet').cells.find((c) => c.year === 2024)?.carriedOver).toBe(2);
	});

	it('shows the implementation plan status only in the plan year, as the plan gives it', () => {
		for (const r of rows) {
			for (const c of r.cells) {
				if (c.year !== PLAN_YEAR) expect(c.planActions).toEqual([]);
			}
		}
		const inPlanYear = rows.flatMap((r) => r.cells.filter((c) => c.year === PLAN_YEAR).flatMap((c) => c.planActions));
		expect(inPlanYear.map((a) => a.id)).toEqual(plan.actions2023.map((a) => a.id));
		expect(inPlanYear.map((a) => a.status)).toEqual(plan.actions2023.map((a) => a.status ?? null));
	});

	it('sums the statuses the sources give', () => {
		expect(statusCounts(timeline)).toEqual([
			{ status: 'done', count: 1 },
			{ status: 'moved-to-next-year', count: 6 },
			{ status: null, count: 6 },
		]);
		const c = row('toimivat-rakenteet').cells.find((x) => x.year === PLAN_YEAR);
		if (!c) throw new Error('cell');
		expect(cellStatuses(c)).toEqual([
			{ status: 'moved-to-next-year', count: 2 },
			{ status: null, count: 1 },
		]);
	});
});

describe('roadmap timeline layout', () => {
	it('wraps words to lines', () => {
		expect(wrapText('Viestintä asukkaille ja sidosryhmille', 20)).toEqual(['Viestintä asukkaille', 'ja sidosryhmille']);
		expect(wrapText('Sana', 2)).toEqual(['Sana']);
		expect(wrapText('', 10)).toEqual([]);
	});

	it('merges consecutive years into one bar', () => {
		const cell = (n: number) => ({
			year: 0,
			items: Array(n).fill({ fi: 'a', sv: 'a' }),
			carriedOver: 0,
			planActions: [],
		});
		expect(runs([cell(1), cell(2), cell(0), cell(1)])).toEqual([
			[0, 1],
			[3, 3],
		]);
		expect(runs([cell(0), cell(0)])).toEqual([]);
	});

	it('places every row below the previous one', () => {
		const l = timelineLayout(
			timeline,
			(g) => g.goal.text.fi,
			(r) => r.group.name.fi,
		);
		const ys = l.goals.flatMap((g) => [g.band.y, ...g.rows.map((r) => r.y)]);
		ys.forEach((y, i) => {
			if (i > 0) expect(y).toBeGreaterThan(ys[i - 1] ?? 0);
		});
		expect(l.height).toBeGreaterThan(ys.at(-1) ?? 0);
		expect(l.columnX).toHaveLength(roadmapYears.length);
		for (const g of l.goals)
			for (const r of g.rows) for (const line of r.labelLines) expect(line.length).toBeLessThanOrEqual(26);
	});
});
