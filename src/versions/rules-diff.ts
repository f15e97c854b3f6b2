/**
 * What changed in the grant rules between two versions of the principles: grant forms, questions
 * and conditions added, removed or changed, and for a changed one, what about it changed. Pure;
 * the compare pages render it (src/components/grant-check/RulesChanges.astro). Items are matched
 * by their ids (a form's and a rule's `id`, a question's `key`, which is also its address key).
 */
import type { Level } from '~/grant-check/engine';
import type { GrantCheckData } from '~/grant-check/schema';

export type RuleItemKind = 'form' | 'question' | 'rule';

/** What about an item changed, in words a reader understands (fields grouped). */
export const ruleAspects = [
	'level',
	'answers',
	'forms',
	'question',
	'options',
	'asked',
	'round',
	'wording',
	'cite',
] as const;
export type RuleAspect = (typeof ruleAspects)[number];

interface Bilingual {
	readonly fi: string;
	readonly sv: string;
}

export interface RuleSetChange {
	readonly item: RuleItemKind;
	readonly id: string;
	readonly change: 'added' | 'removed' | 'changed';
	/** The item as a reader knows it (a form's name, a question's text, a condition's reason), newer version's wording first. */
	readonly label: Bilingual;
	/** What changed, in the order of `ruleAspects` (only for "changed"). */
	readonly aspects: readonly RuleAspect[];
	/** A condition's level before and after, when it changed. */
	readonly level?: { readonly from: Level; readonly to: Level };
}

/** Which aspect each field belongs to; a field not listed is wording. */
const aspectOf: Record<RuleItemKind, Readonly<Record<string, RuleAspect>>> = {
	rule: {
		level: 'level',
		fail: 'answers',
		unknown: 'answers',
		forms: 'forms',
		question: 'question',
		cite: 'cite',
		interpretations: 'cite',
	},
	question: { options: 'options', showIf: 'asked' },
	form: { round: 'round', links: 'cite', cite: 'cite' },
};

type Item = { readonly [field: string]: unknown };

function changedAspects(kind: RuleItemKind, a: Item, b: Item): RuleAspect[] {
	const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
	const found = new Set<RuleAspect>();
	for (const f of fields) {
		if (JSON.stringify(a[f]) !== JSON.stringify(b[f])) found.add(aspectOf[kind][f] ?? 'wording');
	}
	return ruleAspects.filter((x) => found.has(x));
}

function diffItems<T extends Item>(
	kind: RuleItemKind,
	older: readonly T[],
	newer: readonly T[],
	idOf: (x: T) => string,
	labelOf: (x: T) => Bilingual,
): RuleSetChange[] {
	const changes: RuleSetChange[] = [];
	for (const b of newer) {
		const a = older.find((x) => idOf(x) === idOf(b));
		if (!a) {
			changes.push({ item: kind, id: idOf(b), change: 'added', label: labelOf(b), aspects: [] });
			continue;
		}
		const aspects = changedAspects(kind, a, b);
		if (aspects.length === 0) continue;
		const level =
			kind === 'rule' && aspects.includes('level') ? { from: a['level'] as Level, to: b['level'] as Level } : undefined;
		changes.push({ item: kind, id: idOf(b), change: 'changed', label: labelOf(b), aspects, ...(level && { level }) });
	}
	for (const a of older) {
		if (!newer.some((x) => idOf(x) === idOf(a))) {
			changes.push({ item: kind, id: idOf(a), change: 'removed', label: labelOf(a), aspects: [] });
		}
	}
	return changes;
}

/**
 * The changes from the older rule set `a` to the newer `b`: grant forms, then questions, then
 * conditions; within each, in the newer version's order, then what was removed in the older's.
 */
export function diffRuleSets(a: GrantCheckData, b: GrantCheckData): RuleSetChange[] {
	return [
		...diffItems(
			'form',
			a.forms.forms,
			b.forms.forms,
			(f) => f.id,
			(f) => f.name,
		),
		...diffItems(
			'question',
			a.questions.questions,
			b.questions.questions,
			(q) => q.key,
			(q) => q.text,
		),
		...diffItems(
			'rule',
			a.rules.rules,
			b.rules.rules,
			(r) => r.id,
			(r) => r.reason,
		),
	];
}
