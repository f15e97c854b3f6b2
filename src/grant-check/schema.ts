/**
 * Schema of the grant self-check's data: each rule set's questions, rules and grant forms
 * (content/data/grant-check/<version>/{questions,rules,forms}.json) and the shared interface texts
 * (content/data/grant-check/texts.json). Parsed at build time by ./data.ts (through checkData,
 * src/data/load.ts): a mistake in the data fails the build with a message naming the file and the
 * field. Besides the shape, `grantCheckSchema` checks that every
 * reference resolves (rules → questions, options and forms; `showIf` → earlier questions).
 *
 * Runtime code shipped to the browser (engine, flow, url, island) imports only types from here,
 * so zod never reaches the client bundle.
 */
import { z } from 'astro/zod';
import { bilingual, bilingualHref, wordingSchema } from '~/i18n/bilingual';
import type { Bilingual } from '~/i18n/lang';
import { RULES_PARAM, STEP_PARAM } from './url';

/** A question key: also its URL query key. Short lowercase ASCII, no hyphens. */
const questionKey = z
	.string()
	.regex(/^[a-z][a-z0-9]{0,19}$/, 'must be 1–20 lowercase ASCII letters/digits, starting with a letter')
	.refine(
		(k) => k !== STEP_PARAM && k !== RULES_PARAM,
		`"${STEP_PARAM}" and "${RULES_PARAM}" are reserved for the URL`,
	);

/** An answer value: also its URL query value. */
const optionValue = z
	.string()
	.regex(/^[a-z][a-z0-9-]{0,19}$/, 'must be 1–20 lowercase ASCII letters, digits or hyphens');

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters and digits separated by hyphens');

/** A link to a page of the site in both languages (`bilingualHref` of ~/i18n/bilingual). */
export type BilingualHref = Bilingual;

/** Ask a question only when an earlier question's answer is one of `in`. */
export const conditionSchema = z.object({ question: questionKey, in: z.array(optionValue).min(1) }).strict();

export const optionSchema = z
	.object({
		value: optionValue,
		label: bilingual,
		hint: bilingual.optional(),
		/**
		 * Only on the scope question ("which grant forms are you interested in?"): the grant forms
		 * this answer asks about. The other forms are "not assessed", and questions that concern only
		 * them are skipped.
		 */
		forms: z.array(id).min(1).optional(),
	})
	.strict();

export const questionSchema = z
	.object({
		key: questionKey,
		/** The question: shown as the step's heading and the fieldset's legend. */
		text: bilingual,
		hint: bilingual.optional(),
		options: z.array(optionSchema).min(2, 'a question needs at least two options'),
		/** All conditions must hold for the question to be asked. */
		showIf: z.array(conditionSchema).min(1).optional(),
		/** A list shown with the question to help answer it (e.g. the supported activities). */
		examples: z
			.object({ title: bilingual, items: z.array(bilingual).min(1), note: bilingual.optional() })
			.strict()
			.optional(),
	})
	.strict();
export type QuestionData = z.infer<typeof questionSchema>;

export const levels = ['required', 'recommended', 'payment'] as const;

/** Where the site reads or interprets the source: an entry of content/data/interpretations/<source>.json. */
const interpretationId = z.string().regex(/^\d{3}-[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like 001-some-name');

export const ruleSchema = z
	.object({
		id,
		/** The grant forms (ids in forms.json) this condition belongs to. */
		forms: z.array(id).min(1),
		/**
		 * required: failing it rules the form out; recommended: failing it only gives advice;
		 * payment: a condition of the grant's payment, not of applying (never changes the outcome;
		 * when failed or unknown the result says that payment waits and what to do).
		 */
		level: z.enum(levels),
		/** The question whose answer decides the condition. */
		question: questionKey,
		/** Answers that mean the condition is not met. */
		fail: z.array(optionValue),
		/** Answers that mean the condition cannot be decided ("don't know", decision pending). */
		unknown: z.array(optionValue),
		/** The condition, stated plainly; shown as the reason in the result and in the checklist. */
		reason: bilingual,
		/** What to do when the condition is not met (required when `fail` is not empty). */
		next: bilingual.optional(),
		/** What to do when the condition is unknown (defaults to the generic coordinator text). */
		nextIfUnknown: bilingual.optional(),
		/** An optional further link, e.g. to forms of cooperation that need no grant. */
		more: z.object({ href: bilingualHref, label: bilingual }).strict().optional(),
		/** What the result says when the answer is one of `on` (e.g. what a joint application with a lead applicant means). */
		note: z
			.object({ on: z.array(optionValue).min(1), text: bilingual })
			.strict()
			.optional(),
		/** The section of the principles the rule comes from. */
		cite: bilingualHref,
		/** Entries of the interpretation register (content/data/interpretations/) this rule's wording rests on. */
		interpretations: z.array(interpretationId).min(1).optional(),
	})
	.strict();
export type RuleData = z.infer<typeof ruleSchema>;

export const formSchema = z
	.object({
		id,
		name: bilingual,
		summary: bilingual,
		/** What to do next when every required condition is met. */
		ifEligible: bilingual,
		/** Information shown with every result of the form; not a condition. */
		info: bilingual.optional(),
		/**
		 * A form applied for in yearly rounds: the result's next steps give the round open now or the
		 * next one. The period and the decision month are read from `info`, the reporting deadline
		 * from the reason of `reportRule` (as the annual cycle reads them: src/annual-cycle/derive.ts).
		 */
		round: z
			.object({
				reportRule: id,
				links: z.array(z.object({ href: bilingualHref, label: bilingual }).strict()),
				/** Entries of the interpretation register the computed dates rest on. */
				interpretations: z.array(interpretationId).min(1).optional(),
			})
			.strict()
			.optional(),
		/**
		 * A form applied for without a yearly round: the links an eligible or "check" result's next
		 * steps give (a form with a round gives `round.links`).
		 */
		links: z
			.array(z.object({ href: bilingualHref, label: bilingual }).strict())
			.min(1)
			.optional(),
		cite: bilingualHref,
	})
	.strict();
export type FormData = z.infer<typeof formSchema>;

export const textKeys = [
	'label',
	'disclaimer',
	'back',
	'continue',
	'errorPrefix',
	'errorChoose',
	'checkHeading',
	'checkIntro',
	'change',
	'showResult',
	'resultHeading',
	'resultIntro',
	'outcomeEligible',
	'outcomeNotEligible',
	'outcomeCheck',
	'textEligible',
	'textNotEligible',
	'textCheck',
	'failedHeading',
	'unknownHeading',
	'adviceHeading',
	'nextLabel',
	'unknownNextDefault',
	'infoLabel',
	'citeLabel',
	'contactLabel',
	'sourceNote',
	'answersHeading',
	'changeAnswers',
	'startAgain',
	'print',
	'liveResult',
	'recommendedLabel',
	'fallbackHeading',
	'fallbackIntro',
	'fallbackAll',
	'fallbackRecommended',
	'fallbackIfEligible',
	'progress',
	'outcomeNotAssessed',
	'textNotAssessed',
	'paymentHeading',
	'notesHeading',
	'nextStepsHeading',
	'roundOpen',
	'roundNext',
	'decisionMonth',
	'reportDeadline',
	'calendarLink',
	'draftHeading',
	'draftNote',
	'interpretationLabel',
	'fallbackPayment',
	'rulesNamed',
	'rulesOlder',
	'rulesNotCurrent',
	'rulesCheckCurrent',
	'rulesCompareCaption',
	'rulesCompareForm',
	'rulesCompareColumn',
	'rulesCompareDifference',
	'rulesDiffers',
	'rulesSame',
	'rulesNoForm',
	'rulesUnknown',
	'rulesMalformed',
] as const;
export type TextKey = (typeof textKeys)[number];

/** Each data file may carry a `$comment` for maintainers. */
const comment = z.string().optional();

export const questionsFileSchema = z.object({ $comment: comment, questions: z.array(questionSchema).min(1) }).strict();
export const rulesFileSchema = z
	.object({
		$comment: comment,
		/** The document the rules come from: its content entry id (for version and status) and link. */
		source: z.object({ entry: z.string().min(1), href: bilingualHref }).strict(),
		rules: z.array(ruleSchema).min(1),
	})
	.strict();
export const formsFileSchema = z.object({ $comment: comment, forms: z.array(formSchema).min(1) }).strict();
/** The interface texts (texts.json): a wording file, flat like every other (src/i18n/bilingual.ts). */
export const textsFileSchema = wordingSchema(textKeys);

const ruleSetFiles = { questions: questionsFileSchema, rules: rulesFileSchema, forms: formsFileSchema };
type RuleSetFiles = { [K in keyof typeof ruleSetFiles]: z.output<(typeof ruleSetFiles)[K]> };

/** All four files together, with the cross-reference checks. */
export const grantCheckSchema = z.object({ ...ruleSetFiles, texts: textsFileSchema }).superRefine(crossCheck);

export type GrantCheckData = z.infer<typeof grantCheckSchema>;

/**
 * A rule set as /api/v1/grant-rules/<version>.json publishes it: the interface texts nested under
 * `texts.texts`, as texts.json held them before the wording files took one shape, so that the
 * published shape (API v1) stays as it was.
 */
export const publishedRuleSetSchema = z
	.object({
		...ruleSetFiles,
		texts: z.object({ $comment: comment, texts: textsFileSchema.omit({ $comment: true }) }).strict(),
	})
	.superRefine(crossCheck);

export function publishedRuleSet(data: GrantCheckData): z.output<typeof publishedRuleSetSchema> {
	const { $comment, ...texts } = data.texts;
	return { ...data, texts: { ...($comment !== undefined && { $comment }), texts } };
}

/** The checks across the files: every reference resolves, nothing is defined twice. */
function crossCheck(data: RuleSetFiles, ctx: z.RefinementCtx): void {
	const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
	const questions = data.questions.questions;
	const rules = data.rules.rules;
	const forms = data.forms.forms;

	const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
	for (const d of duplicates(questions.map((q) => q.key))) issue(['questions'], `question key "${d}" is used twice`);
	for (const d of duplicates(rules.map((r) => r.id))) issue(['rules'], `rule id "${d}" is used twice`);
	for (const d of duplicates(forms.map((f) => f.id))) issue(['forms'], `form id "${d}" is used twice`);

	const index = new Map(questions.map((q, i) => [q.key, i]));
	questions.forEach((q, qi) => {
		for (const d of duplicates(q.options.map((o) => o.value))) {
			issue(['questions', 'questions', qi, 'options'], `option value "${d}" is used twice in "${q.key}"`);
		}
		q.showIf?.forEach((c, ci) => {
			const path = ['questions', 'questions', qi, 'showIf', ci];
			const target = index.get(c.question);
			if (target === undefined) {
				issue(path, `"${q.key}".showIf refers to unknown question "${c.question}"`);
				return;
			}
			if (target >= qi) {
				issue(path, `"${q.key}".showIf must refer to an earlier question, not "${c.question}"`);
				return;
			}
			for (const v of c.in) {
				if (!questions[target]?.options.some((o) => o.value === v)) {
					issue(path, `"${q.key}".showIf: "${c.question}" has no option "${v}"`);
				}
			}
		});
		const scoped = q.options.filter((o) => o.forms).length;
		if (scoped > 0 && (scoped < q.options.length || qi !== 0 || q.showIf)) {
			issue(
				['questions', 'questions', qi],
				`"${q.key}": a scope question (options with "forms") must be the first question, asked of everyone, with "forms" on every option`,
			);
		}
		for (const o of q.options)
			for (const f of o.forms ?? [])
				if (!forms.some((x) => x.id === f))
					issue(['questions', 'questions', qi, 'options'], `"${q.key}" option "${o.value}": unknown grant form "${f}"`);
		if (scoped === 0 && !rules.some((r) => r.question === q.key)) {
			issue(['questions', 'questions', qi], `question "${q.key}" is not read by any rule, so it would never be asked`);
		}
	});

	const formIds = new Set(forms.map((f) => f.id));
	rules.forEach((r, ri) => {
		const path = ['rules', 'rules', ri];
		for (const f of r.forms)
			if (!formIds.has(f)) issue([...path, 'forms'], `rule "${r.id}": unknown grant form "${f}"`);
		const q = questions.find((x) => x.key === r.question);
		if (!q) {
			issue([...path, 'question'], `rule "${r.id}": unknown question "${r.question}"`);
			return;
		}
		for (const v of [...r.fail, ...r.unknown]) {
			if (!q.options.some((o) => o.value === v)) {
				issue(path, `rule "${r.id}": question "${r.question}" has no option "${v}"`);
			}
		}
		if (r.fail.length + r.unknown.length === 0) issue(path, `rule "${r.id}" has neither fail nor unknown answers`);
		for (const v of r.fail) {
			if (r.unknown.includes(v)) issue(path, `rule "${r.id}": "${v}" cannot be both fail and unknown`);
		}
		if (r.fail.length > 0 && !r.next) issue([...path, 'next'], `rule "${r.id}" can fail, so it needs a "next" text`);
		for (const v of r.note?.on ?? []) {
			if (!q.options.some((o) => o.value === v))
				issue([...path, 'note'], `rule "${r.id}": note on unknown option "${v}"`);
		}
		if (r.fail.length + r.unknown.length >= q.options.length) {
			issue(path, `rule "${r.id}": no answer to "${r.question}" would meet the condition`);
		}
	});

	forms.forEach((f, fi) => {
		const reportRule = f.round?.reportRule;
		if (reportRule && !rules.some((r) => r.id === reportRule)) {
			issue(['forms', 'forms', fi, 'round'], `grant form "${f.id}": round.reportRule "${reportRule}" is not a rule`);
		}
		if (f.round && !f.info)
			issue(['forms', 'forms', fi, 'info'], `grant form "${f.id}" has a round, so it needs "info" (its period)`);
		if (!rules.some((r) => r.level === 'required' && r.forms.includes(f.id))) {
			issue(['forms', 'forms', fi], `grant form "${f.id}" has no required rule`);
		}
	});
}
