/**
 * The picker's engine: answers → ranked recommendations, each with the reasons tied to the answers.
 * Pure: no DOM, no zod, no wording. It works on any form object that has the fields below, so the
 * island can pass its already-localized forms.
 *
 * The rules (each form's own conditions are its data file, content/data/cooperation-forms/<id>.json):
 * 1. A form scores the sum of the weights (1–3) of the chosen needs it answers.
 * 2. "Is money needed?" — `yes`: every grant form (money: true) gets MONEY_WEIGHT more and the reason
 *    "you need money"; `no`: grant forms are left out (listed in `excluded`); `unsure` or no answer:
 *    no effect. Forms without money are never left out: many associations need no money.
 * 3. A form is recommended when it answers a chosen need. A grant form is recommended for money
 *    alone only when no need was chosen: a grant for a need nobody stated (a project grant when no
 *    project was mentioned) is not recommended.
 * 4. Ranking: forms made for a chosen need (weight 3, "direct") come before forms that only partly
 *    fit. Among the direct forms, the first ones answer every chosen need once (the best-ranked
 *    form for each need not yet answered), so each stated need is answered near the top. Otherwise:
 *    score, then the number of chosen needs answered, then the highest single weight, then the
 *    form's `order` (the model's order).
 */
import type { MoneyAnswer } from './constants';

/** Added to a grant form's score when the association says it needs money. Equal to a primary need. */
export const MONEY_WEIGHT = 3;

/** The weight of a need the form is made for: such a form "directly" gives what was asked. */
export const DIRECT_WEIGHT = 3;

export interface EngineForm {
	id: string;
	order: number;
	money: boolean;
	answers: ReadonlyArray<{ need: string; weight: number }>;
}

export interface Answers {
	/** Ids of the chosen needs. Unknown ids and duplicates are ignored. */
	needs: readonly string[];
	money: MoneyAnswer | null;
}

export type Reason = { kind: 'need'; need: string; weight: number } | { kind: 'money' };

export interface Recommendation<F extends EngineForm> {
	form: F;
	score: number;
	/** Is the form made for at least one chosen need (weight 3)? Otherwise it only partly fits. */
	direct: boolean;
	/** Why: one reason per chosen need the form answers (strongest first), then the money reason. */
	reasons: Reason[];
}

export interface Result<F extends EngineForm> {
	/** Best first. Empty when nothing was chosen or nothing fits. */
	recommendations: Recommendation<F>[];
	/** Grant forms left out because the association said no money is needed. */
	excluded: F[];
	/** Chosen needs that none of the recommended forms answers (only grant forms do, and they were left out). */
	unmatchedNeeds: string[];
	/** Did the answers contain anything (a need or a money answer)? */
	answered: boolean;
}

export function recommend<F extends EngineForm>(forms: readonly F[], answers: Answers): Result<F> {
	const chosen = [...new Set(answers.needs)];
	const money = answers.money;
	const recommendations: Recommendation<F>[] = [];
	const excluded: F[] = [];

	for (const form of forms) {
		if (form.money && money === 'no') {
			excluded.push(form);
			continue;
		}
		const needReasons: Reason[] = [];
		let score = 0;
		for (const need of chosen) {
			const answer = form.answers.find((a) => a.need === need);
			if (answer && answer.weight > 0) {
				needReasons.push({ kind: 'need', need, weight: answer.weight });
				score += answer.weight;
			}
		}
		// Strongest reasons first; equal weights keep the order in which the needs are asked.
		needReasons.sort((a, b) => weightOf(b) - weightOf(a));
		const reasons = [...needReasons];
		// A grant form counts money only with a chosen need it answers, or when no need was chosen.
		if (form.money && money === 'yes' && (needReasons.length > 0 || chosen.length === 0)) {
			reasons.push({ kind: 'money' });
			score += MONEY_WEIGHT;
		}
		const direct = needReasons.some((r) => weightOf(r) >= DIRECT_WEIGHT);
		if (score > 0) recommendations.push({ form, score, direct, reasons });
	}

	recommendations.sort(
		(a, b) =>
			b.score - a.score || matched(b) - matched(a) || strongest(b) - strongest(a) || a.form.order - b.form.order,
	);
	const ranked = [
		...coverFirst(
			recommendations.filter((r) => r.direct),
			chosen,
		),
		...recommendations.filter((r) => !r.direct),
	];

	const answeredByRecommended = new Set(
		ranked.flatMap((r) => r.reasons.flatMap((x) => (x.kind === 'need' ? [x.need] : []))),
	);
	const known = new Set(forms.flatMap((f) => f.answers.map((a) => a.need)));
	const unmatchedNeeds = chosen.filter((n) => known.has(n) && !answeredByRecommended.has(n));

	return { recommendations: ranked, excluded, unmatchedNeeds, answered: chosen.length > 0 || money !== null };
}

/**
 * Orders ranked direct recommendations so that the first ones answer every chosen need directly:
 * in the order the needs are asked, the best-ranked form made for a need not yet answered comes
 * next (it may answer several). The rest keep their rank.
 */
function coverFirst<F extends EngineForm>(ranked: Recommendation<F>[], chosen: readonly string[]): Recommendation<F>[] {
	const first: Recommendation<F>[] = [];
	const answered = new Set<string>();
	for (const need of chosen) {
		if (answered.has(need)) continue;
		const rec = ranked.find((r) => !first.includes(r) && directNeeds(r).includes(need));
		if (!rec) continue;
		first.push(rec);
		for (const n of directNeeds(rec)) answered.add(n);
	}
	// The covering forms in their own rank order, then the others.
	first.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
	return [...first, ...ranked.filter((r) => !first.includes(r))];
}

/** The chosen needs a recommendation answers directly (weight 3). */
export function directNeeds(r: Recommendation<EngineForm>): string[] {
	return r.reasons.flatMap((x) => (x.kind === 'need' && x.weight >= DIRECT_WEIGHT ? [x.need] : []));
}

function weightOf(r: Reason): number {
	return r.kind === 'need' ? r.weight : 0;
}

function matched(r: Recommendation<EngineForm>): number {
	return r.reasons.filter((x) => x.kind === 'need').length;
}

function strongest(r: Recommendation<EngineForm>): number {
	return Math.max(0, ...r.reasons.map(weightOf));
}
