/**
 * The roadmap (tiekartta / färdplan) 2022–2025 as structured data: vision, goals, measure
 * groups (toimenpidekokonaisuudet) and, per version, the actions per group per year.
 * Data: content/data/roadmap/roadmap.json. Rendered by src/components/roadmap/*.astro.
 *
 * A version with `basedOn` holds only the years listed in `updates`; for every other year it
 * keeps the actions of the version it is based on (see `actionsFor`).
 */
import { z } from 'astro/zod';
import { loadData } from '~/data/load';
import { bilingual } from '~/i18n/bilingual';
import type { Lang } from '~/i18n/lang';
import raw from '../../content/data/roadmap/roadmap.json';

const year = z.number().int().min(2000).max(2100);

export const actionSchema = bilingual
	.extend({
		/** The source marks the item as moved (carried over) from this year. */
		movedFrom: year.optional(),
	})
	.strict();

const yearKey = z.string().regex(/^\d{4}$/, 'must be a year such as "2024"');

export const versionSchema = z
	.object({
		id: z.string().regex(/^\d{4}-\d{2}$/, 'must be a version id such as "2024-05"'),
		/** The version this one updates; years not in `updates` come from it. */
		basedOn: z.string().optional(),
		/** Years this version restates (only with basedOn). */
		updates: z.array(year).min(1).optional(),
		label: bilingual,
		/** groupId → year ("2024") → actions, in the source's order. */
		actions: z.record(z.string(), z.record(yearKey, z.array(actionSchema))),
	})
	.strict();

export const roadmapSchema = z
	.object({
		$comment: z.string().optional(),
		title: bilingual,
		years: z.array(year).min(1),
		vision: z.object({ year, text: bilingual }).strict(),
		goals: z.array(
			z
				.object({
					id: z.string().regex(/^[a-z0-9-]+$/),
					number: z.number().int().positive(),
					text: bilingual,
				})
				.strict(),
		),
		groups: z.array(
			z
				.object({
					id: z.string().regex(/^[a-z0-9-]+$/),
					goal: z.string(),
					name: bilingual,
				})
				.strict(),
		),
		versions: z.array(versionSchema).min(1),
	})
	.strict()
	.superRefine((r, ctx) => {
		const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
		const goalIds = new Set(r.goals.map((g) => g.id));
		const groupIds = new Set(r.groups.map((g) => g.id));
		const versionIds = new Set(r.versions.map((v) => v.id));
		if (goalIds.size !== r.goals.length) issue(['goals'], 'goal ids must be unique');
		if (groupIds.size !== r.groups.length) issue(['groups'], 'group ids must be unique');
		if (versionIds.size !== r.versions.length) issue(['versions'], 'version ids must be unique');
		r.groups.forEach((g, i) => {
			if (!goalIds.has(g.goal)) issue(['groups', i, 'goal'], `unknown goal "${g.goal}"`);
		});
		r.versions.forEach((v, vi) => {
			if (v.basedOn !== undefined && !versionIds.has(v.basedOn)) {
				issue(['versions', vi, 'basedOn'], `unknown version "${v.basedOn}"`);
			}
			if ((v.basedOn === undefined) !== (v.updates === undefined)) {
				issue(['versions', vi], 'basedOn and updates go together');
			}
			for (const y of v.updates ?? []) {
				if (!r.years.includes(y)) issue(['versions', vi, 'updates'], `year ${y} is not in years`);
			}
			const ownYears = v.updates ?? r.years;
			for (const [groupId, byYear] of Object.entries(v.actions)) {
				if (!groupIds.has(groupId)) issue(['versions', vi, 'actions', groupId], `unknown group "${groupId}"`);
				for (const [y, actions] of Object.entries(byYear)) {
					if (!ownYears.includes(Number(y))) {
						issue(['versions', vi, 'actions', groupId, y], `year ${y} is not one this version states`);
					}
					actions.forEach((a, ai) => {
						if (a.movedFrom !== undefined && a.movedFrom >= Number(y)) {
							issue(['versions', vi, 'actions', groupId, y, ai, 'movedFrom'], 'must be an earlier year');
						}
					});
				}
			}
		});
	});

export type Roadmap = z.infer<typeof roadmapSchema>;
export type RoadmapAction = z.infer<typeof actionSchema>;
export type RoadmapVersion = z.infer<typeof versionSchema>;
export type RoadmapGoal = Roadmap['goals'][number];
export type RoadmapGroup = Roadmap['groups'][number];

export const roadmap: Roadmap = loadData('roadmap/roadmap.json', roadmapSchema, raw);

/** The roadmap's years, e.g. [2022, 2023, 2024, 2025]. */
export const roadmapYears: readonly number[] = roadmap.years;

/**
 * The newest version (the last one listed): the 2024 update, a proposal (docs/versions.md). The
 * roadmap page at the stable address shows the approved version by passing its id explicitly.
 */
export const newestVersionId: string = roadmap.versions.at(-1)?.id ?? '';

export function getVersion(versionId: string): RoadmapVersion {
	const v = roadmap.versions.find((x) => x.id === versionId);
	if (!v) {
		throw new Error(`Unknown roadmap version "${versionId}" (known: ${roadmap.versions.map((x) => x.id).join(', ')})`);
	}
	return v;
}

export function getGroup(groupId: string): RoadmapGroup {
	const g = roadmap.groups.find((x) => x.id === groupId);
	if (!g) throw new Error(`Unknown roadmap measure group "${groupId}"`);
	return g;
}

/** The measure groups of one goal, in the source's order. */
export function groupsOf(goalId: string): RoadmapGroup[] {
	return roadmap.groups.filter((g) => g.goal === goalId);
}

/** Goals with their measure groups, in order. */
export function goalsWithGroups(): { goal: RoadmapGoal; groups: RoadmapGroup[] }[] {
	return roadmap.goals.map((goal) => ({ goal, groups: groupsOf(goal.id) }));
}

/** Whether `versionId` states the actions of `year` itself (rather than keeping its base version's). */
export function statesYear(versionId: string, year: number): boolean {
	const v = getVersion(versionId);
	return v.updates ? v.updates.includes(year) : roadmap.years.includes(year);
}

/** The version whose text applies to `year` in `versionId` (itself, or the version it is based on). */
export function sourceVersionFor(versionId: string, year: number): RoadmapVersion {
	const v = getVersion(versionId);
	if (v.basedOn && !statesYear(versionId, year)) return sourceVersionFor(v.basedOn, year);
	return v;
}

/**
 * The actions of one measure group in one year, as they stand in `versionId`
 * (falling back to the base version for years the version does not update).
 */
export function actionsFor(versionId: string, groupId: string, year: number): RoadmapAction[] {
	getGroup(groupId);
	const v = sourceVersionFor(versionId, year);
	return v.actions[groupId]?.[String(year)] ?? [];
}

/** Items a version marks as moved from an earlier year, with their group and year. */
export function movedActions(versionId: string): { group: RoadmapGroup; year: number; action: RoadmapAction }[] {
	const v = getVersion(versionId);
	const out: { group: RoadmapGroup; year: number; action: RoadmapAction }[] = [];
	for (const group of roadmap.groups) {
		for (const year of roadmap.years) {
			for (const action of v.actions[group.id]?.[String(year)] ?? []) {
				if (action.movedFrom !== undefined) out.push({ group, year, action });
			}
		}
	}
	return out;
}

/** Labels used by the roadmap components (kept here so each term is written once). */
export const roadmapLabels = {
	fi: {
		goal: (n: number) => `Tavoite ${n}`,
		goalsColumn: 'Tavoite',
		groupColumn: 'Toimenpidekokonaisuus',
		visionLead: (y: number) => `Vuonna ${y}`,
		none: 'Ei merkintää tälle vuodelle',
		movedFrom: (y: number) => `siirretty vuodelta ${y}`,
		movedTo: (y: number) => `vuodelle ${y}`,
		groupsOfGoal: 'Toimenpidekokonaisuudet',
		updated: 'päivitetty',
		matrixCaption: 'tavoitteet ja toimenpiteet vuosittain toimenpidekokonaisuuksittain',
		updatedYearsNote: (years: string, label: string) => `Vuoden ${years} sarake: ${label}.`,
		otherYearsNote: (label: string) => `Muut sarakkeet: ${label}.`,
	},
	sv: {
		goal: (n: number) => `Mål ${n}`,
		goalsColumn: 'Mål',
		groupColumn: 'Åtgärdshelhet',
		visionLead: (y: number) => `År ${y}`,
		none: 'Ingen anteckning för detta år',
		movedFrom: (y: number) => `flyttad från ${y}`,
		movedTo: (y: number) => `till ${y}`,
		groupsOfGoal: 'Åtgärdshelheter',
		updated: 'uppdaterad',
		matrixCaption: 'mål och åtgärder per år och åtgärdshelhet',
		updatedYearsNote: (years: string, label: string) => `Kolumnen för ${years}: ${label}.`,
		otherYearsNote: (label: string) => `Övriga kolumner: ${label}.`,
	},
} satisfies Record<Lang, unknown>;
