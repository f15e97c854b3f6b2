/**
 * The cooperation checklist (vinkkilista / tipslista): four themes, each with the unit's and the
 * association's commitments side by side. Data in content/data/checklist/checklist.json (source 001);
 * validated here and exported parsed and typed. Wording lives in the JSON, not in the components.
 */
import { z } from 'astro/zod';
import { loadData } from '~/data/load';
import { bilingual } from '~/i18n/bilingual';
import raw from '../../content/data/checklist/checklist.json';

/** Ids are stable (used as anchors and, later, as the checklist's saved state). */
const checklistId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters and digits separated by hyphens');

export const checklistItemSchema = z.object({ id: checklistId, text: bilingual }).strict();

export const checklistThemeSchema = z
	.object({
		id: checklistId,
		title: bilingual,
		/** What the county's unit (e.g. a health and social services centre) commits to. */
		unit: z.array(checklistItemSchema).min(1),
		/** What the association commits to. */
		association: z.array(checklistItemSchema).min(1),
	})
	.strict();

export const checklistSchema = z
	.object({
		$comment: z.string().optional(),
		/** Ids of the source documents (content/data/sources.json). */
		sources: z.array(z.string().regex(/^\d{3}$/)).min(1),
		labels: z
			.object({
				/** Column header for the unit's commitments. */
				unit: bilingual,
				/** Column header for the association's commitments. */
				association: bilingual,
				/** Appended to the theme's title in each table's caption. */
				caption: bilingual,
			})
			.strict(),
		themes: z.array(checklistThemeSchema).min(1),
	})
	.strict()
	.superRefine((data, ctx) => {
		const seen = new Set<string>();
		const check = (id: string, path: (string | number)[]) => {
			if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}"` });
			seen.add(id);
		};
		data.themes.forEach((theme, t) => {
			check(theme.id, ['themes', t, 'id']);
			for (const side of ['unit', 'association'] as const) {
				theme[side].forEach((item, i) => {
					check(item.id, ['themes', t, side, i, 'id']);
				});
			}
		});
	});

export type Checklist = z.infer<typeof checklistSchema>;

/** The checklist, validated: a malformed JSON file fails the build here. */
export const checklist: Checklist = loadData('checklist/checklist.json', checklistSchema, raw);
