/**
 * Turns the bilingual data into the island's props for one language: plain strings only, nothing
 * the island does not show. Pure (no zod at run time, no DOM), so the wrapper and the tests share it.
 */
import { type Lang, localize } from '~/i18n/lang';
import type { PickerData } from './data';
import type { AgreementKind, CooperationForm, TextKey } from './schema';

export interface PickerForm {
	id: string;
	order: number;
	money: boolean;
	modelForm: number;
	answers: { need: string; weight: number; reason: string }[];
	name: string;
	summary: string;
	mapping: string;
	facts: {
		money: string;
		agreement: string;
		duration: string;
		decides: string;
		start: string;
	};
	involves: string[];
	start: string[];
	links: { href: string; label: string }[];
	eligibilityCheck: boolean;
}

export interface PickerProps {
	lang: Lang;
	ui: Record<TextKey, string>;
	needsLegend: string;
	needsHint: string | null;
	needs: { id: string; label: string; hint: string | null }[];
	money: { legend: string; hint: string | null; options: { yes: string; no: string; unsure: string } };
	forms: PickerForm[];
	eligibilityHref: string;
	contactHref: string;
	/** The principles' section on premises (how they are booked). */
	premisesHref: string;
}

export function agreementText(kind: AgreementKind, note: string | undefined, ui: Record<TextKey, string>): string {
	const label = ui[`agreement.${kind}`];
	return note ? `${label}. ${note}` : label;
}

export function localizeForm(form: CooperationForm, lang: Lang, ui: Record<TextKey, string>): PickerForm {
	return {
		id: form.id,
		order: form.order,
		money: form.money,
		modelForm: form.modelForm,
		answers: form.answers.map((a) => ({ need: a.need, weight: a.weight, reason: a.reason[lang] })),
		name: form.name[lang],
		summary: form.summary[lang],
		mapping: form.mapping[lang],
		facts: {
			money: form.facts.money[lang],
			agreement: agreementText(form.facts.agreement.kind, form.facts.agreement.note?.[lang], ui),
			duration: form.facts.duration[lang],
			decides: form.facts.decides[lang],
			start: form.facts.start[lang],
		},
		involves: form.involves.map((x) => x[lang]),
		start: form.start.map((x) => x[lang]),
		links: form.links.map((l) => ({ href: l.href[lang], label: l.label[lang] })),
		eligibilityCheck: form.eligibilityCheck,
	};
}

/** The wording in one language (without the `links` group). */
export function pickerTexts(data: PickerData, lang: Lang): Record<TextKey, string> {
	const { $comment: _comment, links: _links, ...texts } = data.texts;
	return localize(texts, lang);
}

export function pickerProps(data: PickerData, lang: Lang): PickerProps {
	const ui = pickerTexts(data, lang);
	return {
		lang,
		ui,
		needsLegend: data.needs.legend[lang],
		needsHint: data.needs.hint?.[lang] ?? null,
		needs: data.needs.needs.map((n) => ({ id: n.id, label: n.label[lang], hint: n.hint?.[lang] ?? null })),
		money: {
			legend: data.needs.money.legend[lang],
			hint: data.needs.money.hint?.[lang] ?? null,
			options: {
				yes: data.needs.money.options.yes[lang],
				no: data.needs.money.options.no[lang],
				unsure: data.needs.money.options.unsure[lang],
			},
		},
		forms: data.forms.map((f) => localizeForm(f, lang, ui)),
		eligibilityHref: data.texts.links.eligibility[lang],
		contactHref: data.texts.links.contact[lang],
		premisesHref: data.texts.links.premises[lang],
	};
}
