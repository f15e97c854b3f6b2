/**
 * Turns the bilingual data into what the island needs for one language: the same structure with
 * plain strings, links resolved to { href, label }. Pure; used by the Astro wrapper at build time.
 * Types only from ./schema, so this file is also safe to import from the island for its types.
 */

import { type Lang, localize as localizeTexts } from '~/i18n/lang';
import type { QuestionDef, RuleDef } from './engine';
import type { RoundFacts } from './round';
import type { BilingualHref, GrantCheckData, TextKey } from './schema';

export interface Link {
	readonly href: string;
	readonly label: string;
}
export interface LocalOption {
	readonly value: string;
	readonly label: string;
	readonly hint?: string;
	readonly forms?: readonly string[];
}
export interface LocalQuestion extends QuestionDef {
	readonly text: string;
	readonly hint?: string;
	readonly options: readonly LocalOption[];
	readonly examples?: { readonly title: string; readonly items: readonly string[]; readonly note?: string };
}
/** A rule as the engine reads it (engine.ts `RuleDef`), with its texts in one language. */
export interface LocalRule extends RuleDef {
	readonly reason: string;
	readonly next?: string;
	readonly nextIfUnknown?: string;
	readonly more?: Link;
	readonly note?: { readonly on: readonly string[]; readonly text: string };
	readonly cite: Link;
	/** Links to the interpretation register's entries the rule's wording rests on. */
	readonly interpretations?: readonly string[];
}
/** A yearly round's facts (read at build time) with the links the next steps give. */
export interface LocalRound extends RoundFacts {
	readonly calendar: Link;
	readonly links: readonly Link[];
	readonly interpretations?: readonly string[];
}
export interface LocalForm {
	readonly id: string;
	readonly name: string;
	readonly summary: string;
	readonly ifEligible: string;
	readonly info?: string;
	readonly round?: LocalRound;
	/** The next steps' links of a form without a yearly round. */
	readonly links?: readonly Link[];
	readonly cite: Link;
}
export type LocalTexts = Readonly<Record<TextKey, string>>;

/** The document the rules come from, as the result names it. */
export type RulesSource = {
	readonly title: string;
	readonly version: string;
	readonly status: string;
	/** The document is a draft: the result says what that means for the applicant. */
	readonly draft: boolean;
	readonly href: string;
};
export interface Contact {
	readonly title: string;
	readonly email: string;
}

/** One rule set in one language, as `localize` gives it. */
export interface LocalisedRules {
	readonly lang: Lang;
	readonly questions: readonly LocalQuestion[];
	readonly rules: readonly LocalRule[];
	readonly forms: readonly LocalForm[];
	readonly texts: LocalTexts;
	readonly source: RulesSource;
	readonly contact: Contact;
}

/** A rules version as the result names it: the version of the principles it belongs to. */
export interface RulesInfo {
	readonly version: string;
	/** The version's date, written for the page's language ("10.10.2022"). */
	readonly date: string;
	/** The principles' title and the permanent address of that version. */
	readonly title: string;
	readonly href: string;
	/** Older than the current rules. */
	readonly older: boolean;
}

/** A rule set other than the current one, for results shared under it (./rules-version.ts). */
export interface LocalRuleSet {
	readonly info: RulesInfo;
	readonly source: RulesSource;
	readonly questions: readonly LocalQuestion[];
	readonly rules: readonly LocalRule[];
	readonly forms: readonly LocalForm[];
}

/** Which rules the island uses, chosen from the address (`rules=`) when it starts. */
export type RulesNotice =
	| { readonly kind: 'current' | 'unknown' | 'malformed' }
	| { readonly kind: 'pinned'; readonly current: LocalRuleSet };

/**
 * Everything the island renders, in one language: the current rules at the top level (the
 * island's model), the other versions' rules beside them.
 */
export interface LocalGrantCheck extends LocalisedRules {
	/** The version of the rules at the top level; written to the address with the answers. */
	readonly rulesVersion: string;
	readonly rulesInfo: RulesInfo;
	readonly otherRuleSets: readonly LocalRuleSet[];
	/** Set in the browser when the address named a rules version (./rules-version.ts `selectRules`). */
	readonly rulesNotice?: RulesNotice;
}

/** Gives a link's visible label (e.g. the heading its anchor points to). */
export type LabelFor = (href: string) => string;

/** Where the interpretation register shows an entry (src/data/interpretations.ts `interpretationHref`). */
export type InterpretationHref = (id: string, lang: Lang) => string;

/** A grant form's round as read at build time, and the calendar link, in one language. */
export type RoundFor = (formId: string, lang: Lang) => { facts: RoundFacts; calendar: Link } | undefined;

/** Every internal link in the data, in both languages (for build-time checks). */
export function allHrefs(data: GrantCheckData): BilingualHref[] {
	return [
		data.rules.source.href,
		...data.rules.rules.flatMap((r) => (r.more ? [r.cite, r.more.href] : [r.cite])),
		...data.forms.forms.flatMap((f) => [f.cite, ...[...(f.round?.links ?? []), ...(f.links ?? [])].map((l) => l.href)]),
	];
}

export function localize(
	data: GrantCheckData,
	lang: Lang,
	labelFor: LabelFor,
	source: RulesSource,
	contact: Contact,
	roundFor: RoundFor,
	interpretationHref: InterpretationHref,
): LocalisedRules {
	const { $comment: _comment, ...texts } = data.texts;
	const link = (href: BilingualHref): Link => ({ href: href[lang], label: labelFor(href[lang]) });
	const roundOf = (formId: string, data: NonNullable<GrantCheckData['forms']['forms'][number]['round']>) => {
		const r = roundFor(formId, lang);
		if (!r) return undefined;
		const round: LocalRound = {
			...r.facts,
			calendar: r.calendar,
			links: data.links.map((l) => ({ href: l.href[lang], label: l.label[lang] })),
			...(data.interpretations && { interpretations: data.interpretations.map((id) => interpretationHref(id, lang)) }),
		};
		return { round };
	};
	return {
		lang,
		questions: data.questions.questions.map((q) => ({
			key: q.key,
			text: q.text[lang],
			...(q.hint && { hint: q.hint[lang] }),
			options: q.options.map((o) => ({
				value: o.value,
				label: o.label[lang],
				...(o.hint && { hint: o.hint[lang] }),
				...(o.forms && { forms: o.forms }),
			})),
			...(q.showIf && { showIf: q.showIf }),
			...(q.examples && {
				examples: {
					title: q.examples.title[lang],
					items: q.examples.items.map((i) => i[lang]),
					...(q.examples.note && { note: q.examples.note[lang] }),
				},
			}),
		})),
		rules: data.rules.rules.map((r) => ({
			id: r.id,
			forms: r.forms,
			level: r.level,
			question: r.question,
			fail: r.fail,
			unknown: r.unknown,
			reason: r.reason[lang],
			...(r.next && { next: r.next[lang] }),
			...(r.nextIfUnknown && { nextIfUnknown: r.nextIfUnknown[lang] }),
			...(r.more && { more: { href: r.more.href[lang], label: r.more.label[lang] } }),
			...(r.note && { note: { on: r.note.on, text: r.note.text[lang] } }),
			cite: link(r.cite),
			...(r.interpretations && {
				interpretations: r.interpretations.map((id) => interpretationHref(id, lang)),
			}),
		})),
		forms: data.forms.forms.map((f) => ({
			id: f.id,
			name: f.name[lang],
			summary: f.summary[lang],
			ifEligible: f.ifEligible[lang],
			...(f.info && { info: f.info[lang] }),
			...(f.round && roundOf(f.id, f.round)),
			...(f.links && { links: f.links.map((l) => ({ href: l.href[lang], label: l.label[lang] })) }),
			cite: link(f.cite),
		})),
		texts: localizeTexts(texts, lang),
		source,
		contact,
	};
}
