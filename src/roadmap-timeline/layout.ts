/**
 * Layout of the roadmap timeline SVG: positions of the goal bands, the measure-group rows, the
 * year columns and the bars (a bar spans the consecutive years that have items). Pure numbers;
 * src/components/roadmap-timeline/RoadmapTimeline.astro draws them.
 */
import type { TimelineCell, TimelineGoal } from './model';

export const LAYOUT = {
	labelWidth: 240,
	columnWidth: 130,
	headerHeight: 36,
	goalLineHeight: 19,
	goalPadding: 9,
	rowHeight: 50,
	labelLineHeight: 18,
	barInset: 8,
	/** Characters per line for the measure group's name (15px) and for the goal's text (15px). */
	labelChars: 26,
	goalChars: 88,
} as const;

/** Greedy word wrap to lines of at most `max` characters (a longer word gets a line of its own). */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Runs of consecutive cells that have items: [first index, last index]. */
export function runs(cells: readonly TimelineCell[]): [number, number][] {
	const out: [number, number][] = [];
	cells.forEach((c, i) => {
		if (c.items.length === 0) return;
		const last = out.at(-1);
		if (last && last[1] === i - 1) last[1] = i;
		else out.push([i, i]);
	});
	return out;
}

export interface GoalBand {
	y: number;
	height: number;
	lines: string[];
}

export interface RowBox {
	y: number;
	labelLines: string[];
	bars: { x: number; width: number }[];
}

export interface TimelineLayout {
	width: number;
	height: number;
	columnX: number[];
	goals: { band: GoalBand; rows: RowBox[] }[];
}

/**
 * Positions for a timeline, with the labels already in one language:
 * `goalLabel(goal)` and `groupLabel(group)` give the texts to wrap.
 */
export function timelineLayout(
	timeline: readonly TimelineGoal[],
	goalLabel: (g: TimelineGoal) => string,
	groupLabel: (r: TimelineGoal['rows'][number]) => string,
): TimelineLayout {
	const L = LAYOUT;
	const years = timeline[0]?.rows[0]?.cells.length ?? 0;
	const columnX = Array.from({ length: years }, (_, i) => L.labelWidth + i * L.columnWidth);
	let y = L.headerHeight;
	const goals = timeline.map((g) => {
		const lines = wrapText(goalLabel(g), L.goalChars);
		const band = { y, height: lines.length * L.goalLineHeight + 2 * L.goalPadding, lines };
		y += band.height;
		const rows = g.rows.map((r) => {
			const box: RowBox = {
				y,
				labelLines: wrapText(groupLabel(r), L.labelChars),
				bars: runs(r.cells).map(([a, b]) => ({
					x: (columnX[a] ?? 0) + L.barInset,
					width: (b - a + 1) * L.columnWidth - 2 * L.barInset,
				})),
			};
			y += L.rowHeight;
			return box;
		});
		return { band, rows };
	});
	return { width: L.labelWidth + years * L.columnWidth + 10, height: y + 4, columnX, goals };
}
