/**
 * Schema of the cooperation-model picker's data (content/data/cooperation-forms/).
 *
 * - `<form-id>.json`: one form of cooperation the picker can recommend. Everything about a form
 *   (its facts, which needs it answers and with what weight, the reason shown for each, how to
 *   start, links) is in its own file: outcome-centric, readable in one place.
 * - `_model.json`: the four forms of the county's cooperation model (source 000) that the picker's
 *   forms are grouped under, with the mapping to the principles (source 001).
 * - `_needs.json`: the needs asked about (their ids are the URL values) and the money question.
 * - `_texts.json`: the island's and the table's wording, and the pages they link to.
 *
 * Validated at build time (src/cooperation-picker/data.ts) and in the unit tests.
 * Only zod-free type imports of this module may reach the browser.
 */
import { z } from 'astro/zod';
import { bilingual, bilingualHref, wordingSchema } from '~/i18n/bilingual';

/** Ids: lowercase letters and digits separated by single hyphens (safe in URLs and HTML ids). */
export const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z.string().regex(idPattern, 'must be lowercase letters and digits separated by hyphens');

/** A link to a section of another page: its address in both languages and its visible text. */
export const sectionLink = z.object({ href: bilingualHref, label: bilingual }).strict();

export { type MoneyAnswer, moneyAnswers } from './constants';

/** Does the form rest on a written agreement? */
export const agreementKinds = ['yes', 'no', 'negotiated', 'not-specified'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

/** One need a form answers, with its weight and the reason shown when the need was chosen. */
export const needAnswerSchema = z
	.object({
		need: id,
		/** 3 = the form is made for this need; 2 = answers it well; 1 = answers part of it. */
		weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
		/** Why this form fits this need: one or two sentences traceable to the sources. */
		reason: bilingual,
	})
	.strict();

export const cooperationFormSchema = z
	.object({
		$comment: z.string().optional(),
		id,
		/** Position in the comparison table and the last tie-breaker in the ranking. */
		order: z.number().int().positive(),
		name: bilingual,
		/** One sentence: what this form is. */
		summary: bilingual,
		/** The form of the model (source 000) this belongs to: 1–4, see _model.json. */
		modelForm: z.number().int().min(1).max(4),
		/** How this form maps between the model (000) and the principles (001), in words. */
		mapping: bilingual,
		/** Does the form involve money from the county (a grant)? Drives the money question. */
		money: z.boolean(),
		/** The comparison table's cells. Where the sources are silent, say so; never invent. */
		facts: z
			.object({
				money: bilingual,
				agreement: z.object({ kind: z.enum(agreementKinds), note: bilingual.optional() }).strict(),
				duration: bilingual,
				decides: bilingual,
				start: bilingual,
			})
			.strict(),
		/** What the form involves: short items from the sources. */
		involves: z.array(bilingual).min(1),
		/** How to start: steps in order. */
		start: z.array(bilingual).min(1),
		/** The needs this form answers. */
		answers: z.array(needAnswerSchema).min(1),
		/** Sections of the model (/malli/#…) or the principles (/periaatteet/#…) to read. */
		links: z.array(sectionLink).min(1),
		/** Link to the grant eligibility self-check (required for, and only for, grant forms). */
		eligibilityCheck: z.boolean(),
		/** Ids of the source documents (content/data/sources.json). */
		sources: z.array(z.string().regex(/^\d{3}$/)).min(1),
	})
	.strict()
	.superRefine((form, ctx) => {
		if (form.eligibilityCheck !== form.money) {
			ctx.addIssue({
				code: 'custom',
				path: ['eligibilityCheck'],
				message: 'a grant form (money: true) links to the eligibility self-check, and only grant forms do',
			});
		}
		const seen = new Set<string>();
		form.answers.forEach((a, i) => {
			if (seen.has(a.need)) ctx.addIssue({ code: 'custom', path: ['answers', i], message: `need "${a.need}" twice` });
			seen.add(a.need);
		});
	});
export type CooperationForm = z.infer<typeof cooperationFormSchema>;

/** One of the four forms of the model (source 000). */
export const modelFormSchema = z
	.object({
		number: z.number().int().min(1).max(4),
		name: bilingual,
		/** The model's own qualifier, e.g. "ei rahallista avustusta" / "järjestöavustus". */
		qualifier: bilingual,
		money: z.boolean(),
		/** The bullet points of the form in the model. */
		items: z.array(bilingual).min(1),
		/** The form's section on the model page. */
		link: sectionLink,
	})
	.strict();

export const modelSchema = z
	.object({
		$comment: z.string().optional(),
		sources: z.array(z.string().regex(/^\d{3}$/)).min(1),
		/** A short note on how the model (000) and the principles (001) are reconciled. */
		mappingIntro: bilingual,
		/** The model page's section that presents the same mapping. */
		mappingLink: sectionLink,
		forms: z.array(modelFormSchema).length(4),
	})
	.strict()
	.refine((m) => m.forms.every((f, i) => f.number === i + 1), 'model forms must be numbered 1–4 in order');
export type Model = z.infer<typeof modelSchema>;

export const needSchema = z
	.object({
		id,
		label: bilingual,
		/** Plain-language hint shown under the choice. */
		hint: bilingual.optional(),
	})
	.strict();

export const needsFileSchema = z
	.object({
		$comment: z.string().optional(),
		/** The needs question (a checkbox group, several at once). */
		legend: bilingual,
		hint: bilingual.optional(),
		/** In the order they are asked (also the order of the `needs` URL value). */
		needs: z.array(needSchema).min(1),
		money: z
			.object({
				legend: bilingual,
				hint: bilingual.optional(),
				options: z.object({ yes: bilingual, no: bilingual, unsure: bilingual }).strict(),
			})
			.strict(),
	})
	.strict()
	.superRefine((file, ctx) => {
		const seen = new Set<string>();
		file.needs.forEach((n, i) => {
			if (seen.has(n.id))
				ctx.addIssue({ code: 'custom', path: ['needs', i, 'id'], message: `duplicate need "${n.id}"` });
			seen.add(n.id);
		});
	});
export type NeedsFile = z.infer<typeof needsFileSchema>;

/** Every text the island and the table use. Placeholders: {name}, {count}, {needs}. */
export const textKeys = [
	'noscript',
	'disclaimer',
	'submit',
	'startAgain',
	'resultHeading',
	'shortlist',
	'partialFit',
	'premisesHeading',
	'premisesHowTo',
	'premisesContact',
	'premisesSource',
	'yourAnswers',
	'answerNeeds',
	'answerMoney',
	'noAnswer',
	'noneChosen',
	'noResult',
	'noMatch',
	'bestFit',
	'whyHeading',
	'moneyReason',
	'involvesHeading',
	'startHeading',
	'modelHeading',
	'linksHeading',
	'eligibilityLink',
	'contactLink',
	'excludedNote',
	'unmatchedNote',
	'announce',
	'announceNone',
	'factMoney',
	'factAgreement',
	'factDuration',
	'factDecides',
	'factStart',
	'agreement.yes',
	'agreement.no',
	'agreement.negotiated',
	'agreement.not-specified',
	'tableCaption',
	'tableForm',
	'tableModelForm',
] as const;
export type TextKey = (typeof textKeys)[number];

/**
 * The wording file (_texts.json), flat like every other (src/i18n/bilingual.ts), with one named
 * group: `links`, the pages the picker links to (the eligibility self-check, the coordinator's
 * contact details, the principles' section on premises).
 */
export const textsFileSchema = wordingSchema(textKeys, {
	links: z.object({ eligibility: bilingualHref, contact: bilingualHref, premises: bilingualHref }).strict(),
});
export type TextsFile = z.infer<typeof textsFileSchema>;
