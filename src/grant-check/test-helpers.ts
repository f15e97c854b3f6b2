/**
 * Shared helpers for the grant self-check's unit tests (not shipped): the real data as an engine
 * model, a complete "everything is fine" set of answers, and a tiny seeded random generator.
 */
import texts from '../../content/data/grant-check/texts.json';
import { grantCheckData, type RuleSet, ruleSetsFromFiles } from './data';
import type { Answers, Model } from './engine';
import type { FormData, QuestionData, RuleData } from './schema';

export type DataModel = Model<QuestionData, RuleData, FormData>;

const fixtureFiles = import.meta.glob<unknown>('./fixtures/*/*.json', { eager: true, import: 'default' });

/**
 * The TEST-ONLY older rule set (src/grant-check/fixtures/2000-01-01/, fictitious, never published):
 * it has no `area` question or rule, requires a Lähellä.fi listing (`lahella` is "required") and
 * names the project grant differently.
 */
export const olderRuleSet: RuleSet = ruleSetsFromFiles(fixtureFiles, texts)[0] as RuleSet;

/** A rule set as an engine model. */
export const modelOf = (set: RuleSet): DataModel => ({
	questions: set.data.questions.questions,
	rules: set.data.rules.rules,
	forms: set.data.forms.forms,
});

/** The current rules as an engine model. */
export const model: DataModel = modelOf({ version: 'current', data: grantCheckData });

/** A registered, non-profit association meeting every condition of every grant form. */
export const allGood: Answers = {
	interest: 'all',
	applicant: 'association',
	registered: 'yes',
	nonprofit: 'yes',
	purpose: 'yes',
	field: 'yes',
	goals: 'yes',
	services: 'yes',
	area: 'yes',
	bookkeeping: 'yes',
	audit: 'yes',
	joint: 'no',
	reports: 'yes',
	duration: 'yes',
	mainfunding: 'no',
	cofunding: 'granted',
	lahella: 'yes',
};

/** A registered foundation meeting every condition of the forms open to foundations. */
export const allGoodFoundation: Answers = (() => {
	const { registered: _r, nonprofit: _n, purpose: _p, ...rest } = allGood;
	return { ...rest, applicant: 'foundation', foundationpurpose: 'yes' };
})();

/** The "all good" answers of an applicant to whom the question is put. */
export function allGoodFor(questionKey: string): Answers {
	return questionKey === 'foundationpurpose' ? allGoodFoundation : allGood;
}

export const formIds = model.forms.map((f) => f.id);

/** mulberry32: a small, fast, seeded pseudo-random generator returning numbers in [0, 1). */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function pick<T>(random: () => number, items: readonly T[]): T {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) throw new Error('pick from an empty list');
	return item;
}
