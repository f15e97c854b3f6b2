/**
 * The roadmap as a timeline: for each goal and measure group, what the roadmap states for each
 * year (src/data/roadmap.ts, the current version unless another is asked for) and, for the year the
 * implementation plan evaluates, the status of its actions (src/data/implementation-plan.ts) where
 * the sources give one. Built from the same data as the roadmap and plan pages; nothing is copied.
 */

import {
	type ActionStatus,
	actionStatuses,
	type MeasureGroupId,
	measureGroupIds,
	plan,
} from '~/data/implementation-plan';
import {
	actionsFor,
	goalsWithGroups,
	newestVersionId,
	type RoadmapAction,
	type RoadmapGoal,
	type RoadmapGroup,
	roadmapYears,
} from '~/data/roadmap';
import type { Bilingual } from '~/i18n/lang';

/** The year the implementation plan's action tables (and their statuses) are for. */
export const PLAN_YEAR = 2023;

/** A plan action's status; `null` where the sources give none. */
export type TimelineStatus = ActionStatus | null;

export interface PlanActionStatus {
	id: string;
	measure: Bilingual;
	status: TimelineStatus;
	/** The source's own status text (Tilannekuva 2023), shown where there is no status. */
	situation: Bilingual[];
}

export interface TimelineCell {
	year: number;
	/** The roadmap's targets and actions for this group and year. */
	items: RoadmapAction[];
	/** How many of `items` the roadmap marks as moved from an earlier year. */
	carriedOver: number;
	/** The implementation plan's actions for this group, in the plan's year only. */
	planActions: PlanActionStatus[];
}

export interface TimelineRow {
	group: RoadmapGroup;
	cells: TimelineCell[];
}

export interface TimelineGoal {
	goal: RoadmapGoal;
	rows: TimelineRow[];
}

function isPlanGroup(id: string): id is MeasureGroupId {
	return (measureGroupIds as readonly string[]).includes(id);
}

export function roadmapTimeline(versionId: string = newestVersionId): TimelineGoal[] {
	return goalsWithGroups().map(({ goal, groups }) => ({
		goal,
		rows: groups.map((group) => ({
			group,
			cells: roadmapYears.map((year) => {
				const items = actionsFor(versionId, group.id, year);
				const planActions =
					year === PLAN_YEAR && isPlanGroup(group.id)
						? plan.actions2023
								.filter((a) => a.group === group.id)
								.map((a) => ({ id: a.id, measure: a.measure, status: a.status ?? null, situation: a.situation }))
						: [];
				return {
					year,
					items,
					carriedOver: items.filter((i) => i.movedFrom !== undefined).length,
					planActions,
				};
			}),
		})),
	}));
}

/** How many plan actions have each status (statuses in the plan's order, then "none"). */
export function statusCounts(timeline: readonly TimelineGoal[]): { status: TimelineStatus; count: number }[] {
	const all = timeline.flatMap((g) => g.rows.flatMap((r) => r.cells.flatMap((c) => c.planActions)));
	return [...actionStatuses, null]
		.map((status) => ({ status, count: all.filter((a) => a.status === status).length }))
		.filter((s) => s.count > 0);
}

/** The statuses of one cell, grouped, in a fixed order: done, in progress, moved, none. */
export function cellStatuses(cell: TimelineCell): { status: TimelineStatus; count: number }[] {
	return [...actionStatuses, null]
		.map((status) => ({ status, count: cell.planActions.filter((a) => a.status === status).length }))
		.filter((s) => s.count > 0);
}

/** Symbols the timeline draws: the plan statuses and "carried over from the previous year". */
export type Icon = ActionStatus | 'carried-over';
