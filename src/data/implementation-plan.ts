/**
 * The implementation plan of the cooperation with associations 2023–2025
 * (järjestöyhteistyön toimeenpanosuunnitelma, source 004): the 2023 action tables and the
 * 2024 yearly actions, from content/data/implementation-plan/plan.json.
 */
import { z } from 'astro/zod';
import { loadData } from '~/data/load';
import { bilingual } from '~/i18n/bilingual';
import raw from '../../content/data/implementation-plan/plan.json';

/** The roadmap's four goals (tavoitteet). */
export const goalIds = [1, 2, 3, 4] as const;
export type GoalId = (typeof goalIds)[number];
const goalId = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** The roadmap's eleven measure groups (toimenpidekokonaisuudet), in the roadmap's order. */
export const measureGroupIds = [
	'yhteinen-suunta',
	'toistensa-tunteminen',
	'yhteiset-tyokalut',
	'vaikuttavat-palvelukokonaisuudet',
	'toimivat-rakenteet',
	'rahoitus-ja-resurssit',
	'yhteiset-tilat',
	'viestinta-asukkaille',
	'sisainen-viestinta',
	'yhteinen-kehittaminen',
	'osallisuus',
] as const;
export type MeasureGroupId = (typeof measureGroupIds)[number];

/**
 * Status of a 2023 action, set only where the source gives one:
 * - done: the 2023 status picture reports every needed step as completed;
 * - in-progress: the status picture says the work has started and it is not carried over;
 * - moved-to-next-year: the 2024 update marks its target "Siirtyi vuodelta 2023" (the starred items), and only then.
 * Where the status picture says something else (e.g. "Neuvottelukunta on päätetty perustaa", "Neuvottelukunnan
 * käynnistys vuonna 2024"), there is no status: the source's own words are shown instead.
 */
export const actionStatuses = ['done', 'in-progress', 'moved-to-next-year'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

const goalSchema = z.object({ id: goalId, name: bilingual }).strict();

const measureGroupSchema = z.object({ id: z.enum(measureGroupIds), goal: goalId, name: bilingual }).strict();

/** One row of the 2023 tables: Toimenpide | Tarvittavat toimet | Tilannekuva 2023 | Toimijat ja verkostot | Aikataulutus. */
const action2023Schema = z
	.object({
		/** Stable id, also used as the row's anchor (`toimenpide-<id>`). */
		id: z.string().regex(/^[a-z0-9-]+$/),
		group: z.enum(measureGroupIds),
		/** Toimenpide: the target the action aims at. */
		measure: bilingual,
		/** A numbered list that belongs to the target (only in "Osallisuus"). */
		measureItems: z.array(bilingual).min(1).optional(),
		/** Tarvittavat toimet: a lead-in sentence before the list, where the source has one. */
		stepsIntro: bilingual.optional(),
		steps: z.array(bilingual).min(1),
		/** Tilannekuva 2023. */
		situation: z.array(bilingual).min(1),
		/** Toimijat ja verkostot (the list after "Vastuu:"). */
		actors: z.array(bilingual).min(1),
		/** Aikataulutus. */
		schedule: z.array(bilingual).min(1),
		status: z.enum(actionStatuses).optional(),
	})
	.strict();

/** One measure group's row in the 2024 update (Vuositason toimenpiteet 2024). */
const actions2024Schema = z
	.object({
		group: z.enum(measureGroupIds),
		items: z
			.array(
				z
					.object({
						text: bilingual,
						/** Marked "*" in the source: "Siirtyi vuodelta 2023". */
						carriedOver: z.boolean().optional(),
					})
					.strict(),
			)
			.min(1),
	})
	.strict();

/** The binding goal (sitova tavoite) set for the cooperation for 2024, with its metrics. */
const bindingGoalSchema = z
	.object({
		goal: bilingual,
		metrics: z
			.array(
				z
					.object({
						/** Mittari. */
						name: bilingual,
						/** Lähtötaso. */
						baseline: bilingual,
						/** Tavoitetaso. */
						target: bilingual,
					})
					.strict(),
			)
			.min(1),
	})
	.strict();

export const planSchema = z
	.object({
		$comment: z.string().optional(),
		goals: z.array(goalSchema).length(4),
		measureGroups: z.array(measureGroupSchema).length(measureGroupIds.length),
		actions2023: z.array(action2023Schema).min(1),
		actions2024: z.array(actions2024Schema).min(1),
		bindingGoal2024: bindingGoalSchema,
	})
	.strict()
	.superRefine((plan, ctx) => {
		const goalsSeen = plan.goals.map((g) => g.id);
		if (goalIds.some((id, i) => goalsSeen[i] !== id)) {
			ctx.addIssue({ code: 'custom', path: ['goals'], message: 'goals must be 1, 2, 3, 4 in order' });
		}
		const groupsSeen = plan.measureGroups.map((g) => g.id);
		if (measureGroupIds.some((id, i) => groupsSeen[i] !== id)) {
			ctx.addIssue({
				code: 'custom',
				path: ['measureGroups'],
				message: `measure groups must be listed once each, in the roadmap's order: ${measureGroupIds.join(', ')}`,
			});
		}
		const ids = new Set<string>();
		plan.actions2023.forEach((a, i) => {
			if (ids.has(a.id))
				ctx.addIssue({ code: 'custom', path: ['actions2023', i, 'id'], message: `duplicate id ${a.id}` });
			ids.add(a.id);
		});
		const rows2024 = plan.actions2024.map((r) => r.group);
		if (new Set(rows2024).size !== rows2024.length) {
			ctx.addIssue({ code: 'custom', path: ['actions2024'], message: 'a measure group appears twice in 2024' });
		}
		// Actions must follow the roadmap order so each goal's table reads like the source.
		const order = (g: MeasureGroupId) => measureGroupIds.indexOf(g);
		for (const [key, list] of [
			['actions2023', plan.actions2023.map((a) => a.group)],
			['actions2024', rows2024],
		] as const) {
			list.forEach((g, i) => {
				if (i > 0 && order(g) < order(list[i - 1] as MeasureGroupId)) {
					ctx.addIssue({ code: 'custom', path: [key, i, 'group'], message: 'not in roadmap order' });
				}
			});
		}
	});

export type Plan = z.infer<typeof planSchema>;
export type Goal = Plan['goals'][number];
export type MeasureGroup = Plan['measureGroups'][number];
export type Action2023 = Plan['actions2023'][number];
export type Actions2024Row = Plan['actions2024'][number];

export const plan: Plan = loadData('implementation-plan/plan.json', planSchema, raw);

export function goalById(id: GoalId): Goal {
	const g = plan.goals.find((x) => x.id === id);
	if (!g) throw new Error(`Unknown goal ${id}`);
	return g;
}

export function measureGroupById(id: MeasureGroupId): MeasureGroup {
	const g = plan.measureGroups.find((x) => x.id === id);
	if (!g) throw new Error(`Unknown measure group ${id}`);
	return g;
}

/** The 2023 actions under one goal, in the source's order. */
export function actions2023ForGoal(goal: GoalId): Action2023[] {
	return plan.actions2023.filter((a) => measureGroupById(a.group).goal === goal);
}

/** The 2024 yearly actions under one goal, in the source's order. */
export function actions2024ForGoal(goal: GoalId): Actions2024Row[] {
	return plan.actions2024.filter((r) => measureGroupById(r.group).goal === goal);
}

/** Words the tables need, in both languages. */
export const ui = {
	action: { fi: 'Toimenpide', sv: 'Åtgärd' },
	steps: { fi: 'Tarvittavat toimet', sv: 'Vad som ska göras' },
	situation: { fi: 'Tilannekuva 2023', sv: 'Lägesbild 2023' },
	actors: { fi: 'Toimijat ja verkostot', sv: 'Aktörer och nätverk' },
	schedule: { fi: 'Aikataulutus', sv: 'Tidsplan' },
	responsibility: { fi: 'Vastuu:', sv: 'Ansvar:' },
	goal: { fi: 'Tavoite', sv: 'Mål' },
	caption2023: {
		fi: 'toimenpiteet, tarvittavat toimet ja tilannekuva 2023',
		sv: 'åtgärder, vad som ska göras och lägesbild 2023',
	},
	caption2024: {
		fi: 'Vuositason toimenpiteet 2024 tavoitteittain ja toimenpidekokonaisuuksittain',
		sv: 'Årliga åtgärder 2024 per mål och åtgärdshelhet',
	},
	measureGroup: { fi: 'Toimenpidekokonaisuus', sv: 'Åtgärdshelhet' },
	metricsCaption: { fi: 'Sitovan tavoitteen mittarit vuodelle 2024', sv: 'Mätare för det bindande målet 2024' },
	metric: { fi: 'Mittari', sv: 'Mätare' },
	baseline: { fi: 'Lähtötaso', sv: 'Utgångsnivå' },
	target: { fi: 'Tavoitetaso', sv: 'Målnivå' },
	actions2024: { fi: 'Vuositason toimenpiteet 2024', sv: 'Årliga åtgärder 2024' },
	carriedOver: { fi: 'Siirtyi vuodelta 2023', sv: 'Flyttad från 2023' },
	statusLabel: { fi: 'Tila:', sv: 'Status:' },
	status: {
		done: { fi: 'Toteutunut', sv: 'Genomförd' },
		'in-progress': { fi: 'Käynnissä', sv: 'Pågår' },
		'moved-to-next-year': { fi: 'Siirtyi vuodelle 2024', sv: 'Flyttad till 2024' },
	},
} as const satisfies Record<string, unknown>;
