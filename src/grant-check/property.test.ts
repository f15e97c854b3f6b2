/**
 * Property tests of the self-check (engine and flow) on generated answers that start from a
 * PASSING answer set and change a few answers (./property-generators.ts). Each test counts how
 * often its runs reach each outcome and each property, and fails when one is reached fewer than
 * MIN times: a property that is never reached is not tested.
 */
import { describe, expect, it } from 'vitest';
import { type Answers, conditionState, evaluate, type Outcome, outcomes, scopeQuestion } from './engine';
import { prune } from './flow';
import { answerFlow, type Base, nearPassing, passingBases, Tally } from './property-generators';
import { type DataModel, formIds, model, modelOf, olderRuleSet, pick, seeded } from './test-helpers';

const RUNS = 2000;
/** The least number of runs that must reach each outcome of each form and each property. */
const MIN = 20;

const bases: readonly Base[] = passingBases(model);
const applicantTypes = model.questions.find((q) => q.key === 'applicant')?.options.map((o) => o.value) ?? [];
const level = (l: string) => model.rules.filter((r) => r.level === l);
const pairs = (rules: typeof model.rules, name: string) =>
	rules.flatMap((r) => r.forms.map((f) => `${name} ${r.id} ${f}`));

/**
 * The outcome the answers of a complete flow should give for a form, read from the rules directly:
 * not asked about → not assessed; a required condition's fail answer → not eligible; else one of
 * its unknown answers → check with the coordinator; else eligible. (The flow keeps only answers to
 * questions asked, and skips a question only when every form it concerns is already closed.)
 */
function expectedOutcome(answers: Answers, formId: string, m: DataModel = model): Outcome {
	const q = scopeQuestion(m);
	const asked = q?.options.find((o) => o.value === answers[q.key])?.forms ?? m.forms.map((f) => f.id);
	if (!asked.includes(formId)) return 'not-assessed';
	const required = m.rules.filter((r) => r.level === 'required' && r.forms.includes(formId));
	if (required.some((r) => r.fail.includes(answers[r.question] ?? ''))) return 'not-eligible';
	if (required.some((r) => r.unknown.includes(answers[r.question] ?? ''))) return 'check-with-coordinator';
	return 'eligible';
}

describe('the passing starting points', () => {
	it('one per applicant type and scope answer that can be eligible, each eligible for every form open to it', () => {
		expect(bases.map((b) => `${b.applicant} ${b.interest}`)).toEqual([
			'association all',
			'association operating',
			'association partnership',
			'association project',
			'foundation all',
			'foundation partnership',
			'foundation project',
		]);
		for (const b of bases) {
			for (const r of evaluate(model, b.answers)) {
				// the operating grant is not open to foundations (rule applicant-association)
				const closed = b.applicant === 'foundation' && r.form.id === 'toiminta-avustus';
				if (r.outcome !== 'not-assessed' && !closed) expect(r.outcome, `${b.applicant} ${b.interest}`).toBe('eligible');
				expect([...r.advice, ...r.payment, ...r.notes]).toEqual([]);
			}
		}
		for (const f of formIds)
			expect(
				bases.some((b) => b.eligible.includes(f)),
				f,
			).toBe(true);
	});
});

describe('property: answers a few changes away from a passing set', () => {
	it('always end the flow, and give each form exactly the outcome its required conditions decide', () => {
		const random = seeded(20221010);
		const tally = new Tally();
		for (let i = 0; i < RUNS; i++) {
			const { answers, changed } = nearPassing(model, random, bases);
			const context = JSON.stringify({ changed, answers });
			// the flow, asked question by question with these answers, ends and keeps them all
			// (every fourth run: it is the slow part)
			if (i % 4 === 0)
				expect(
					answerFlow(model, answers, (q) => {
						throw new Error(`${q.key} asked again ${context}`);
					}),
				).toEqual(answers);
			tally.add(`applicant ${answers['applicant']}`);
			const results = evaluate(model, answers);
			expect(results.map((r) => r.form.id)).toEqual(formIds);
			for (const r of results) {
				expect(outcomes).toContain(r.outcome);
				expect(r.unanswered.length === 0 || r.outcome === 'not-eligible').toBe(true);
				expect(r.outcome, context).toBe(expectedOutcome(answers, r.form.id));
				tally.add(`${r.form.id} ${r.outcome}`);
				if (r.outcome === 'not-assessed') continue;
				const required = level('required').filter((x) => x.forms.includes(r.form.id));
				const failed = required.filter((x) => x.fail.includes(answers[x.question] ?? '')).map((x) => x.id);
				const unknown = required.filter((x) => x.unknown.includes(answers[x.question] ?? '')).map((x) => x.id);
				expect(
					r.failed.map((x) => x.id),
					context,
				).toEqual(failed);
				expect(
					r.unknown.map((x) => x.id),
					context,
				).toEqual(unknown);
			}
		}
		const expected = [
			...formIds.flatMap((f) => outcomes.map((o) => `${f} ${o}`)),
			...applicantTypes.map((a) => `applicant ${a}`),
		];
		expect(tally.below(MIN, expected), JSON.stringify([...tally.counts])).toEqual([]);
	});

	it('advice (Lähellä.fi), payment conditions (reports, funding decision) and notes (joint application) follow their answers and never change an outcome', () => {
		const random = seeded(2024);
		const tally = new Tally();
		// questions read only by recommended or payment rules (Lähellä.fi, earlier reports)
		const onlyAdvisory = model.questions.filter(
			(q) =>
				model.rules.some((r) => r.question === q.key) &&
				model.rules.every((r) => r.question !== q.key || r.level !== 'required'),
		);
		for (let i = 0; i < RUNS; i++) {
			const { answers, changed } = nearPassing(model, random, bases);
			const context = JSON.stringify({ changed, answers });
			const results = evaluate(model, answers);
			for (const r of results) {
				if (r.outcome === 'not-assessed') {
					expect([...r.advice, ...r.payment, ...r.notes]).toEqual([]);
					continue;
				}
				for (const rule of model.rules.filter((x) => x.forms.includes(r.form.id))) {
					const a = answers[rule.question];
					const open = a !== undefined && (rule.fail.includes(a) || rule.unknown.includes(a));
					if (rule.level === 'recommended') {
						expect(r.advice.includes(rule), `advice ${rule.id} ${context}`).toBe(open);
						if (open) tally.add(`advice ${rule.id} ${r.form.id}`);
						if (open && r.outcome === 'eligible') tally.add(`advice while eligible ${rule.id} ${r.form.id}`);
					} else if (rule.level === 'payment') {
						expect(r.payment.includes(rule), `payment ${rule.id} ${context}`).toBe(open);
						if (open) tally.add(`payment ${rule.id} ${r.form.id}`);
						// the payment waits, but the form stays open: "eligible" or "check"
						if (open && r.outcome !== 'not-eligible') tally.add(`payment waits ${rule.id} ${r.form.id}`);
					} else {
						expect(r.advice.includes(rule) || r.payment.includes(rule)).toBe(false);
					}
					if (rule.note) {
						const on = a !== undefined && rule.note.on.includes(a);
						expect(r.notes.includes(rule), `note ${rule.id} ${context}`).toBe(on);
						if (on) tally.add(`note ${rule.id} ${r.form.id}`);
					}
				}
			}
			// the old Lähellä.fi property, for every such question: its answer never changes any outcome
			const base = results.map((r) => r.outcome);
			for (const q of onlyAdvisory) {
				if (answers[q.key] === undefined) continue;
				tally.add(`any answer to ${q.key}`);
				for (const o of q.options) {
					expect(
						evaluate(model, { ...answers, [q.key]: o.value }).map((r) => r.outcome),
						`${q.key}=${o.value} ${context}`,
					).toEqual(base);
				}
			}
		}
		const expected = [
			...pairs(level('recommended'), 'advice'),
			...pairs(level('recommended'), 'advice while eligible'),
			...pairs(level('payment'), 'payment'),
			...pairs(level('payment'), 'payment waits'),
			...pairs(
				model.rules.filter((r) => r.note),
				'note',
			),
			...onlyAdvisory.map((q) => `any answer to ${q.key}`),
		];
		expect(expected.length).toBeGreaterThanOrEqual(10);
		expect(tally.below(MIN, expected), JSON.stringify([...tally.counts])).toEqual([]);
	});

	it('a failing answer to any required condition never gives "eligible"', () => {
		const random = seeded(612021);
		const tally = new Tally();
		const required = model.rules.filter((r) => r.level === 'required' && r.fail.length > 0);
		for (let i = 0; i < RUNS; i++) {
			const rule = pick(random, required);
			const failing = pick(random, rule.fail);
			const { answers, changed } = nearPassing(model, random, bases, 2, { [rule.question]: failing });
			const asked = answers[rule.question] === failing;
			if (asked) tally.add(rule.id);
			for (const r of evaluate(model, answers)) {
				if (asked && rule.forms.includes(r.form.id) && r.outcome !== 'not-assessed') {
					expect(conditionState(model, rule, answers)).toBe('failed');
					expect(r.outcome, JSON.stringify({ rule: rule.id, changed })).toBe('not-eligible');
					tally.add(`${rule.id} ${r.form.id}`);
				}
				// and in general: any failed required condition means not eligible
				if (r.failed.length > 0) expect(r.outcome).toBe('not-eligible');
				if (r.outcome === 'eligible') expect([...r.failed, ...r.unknown, ...r.unanswered]).toEqual([]);
			}
		}
		// each rule at least MIN times, and each of its forms at least MIN / 2 times
		const below = [
			...tally.below(
				MIN,
				required.map((r) => r.id),
			),
			...tally.below(
				MIN / 2,
				pairs(required, '').map((p) => p.trim()),
			),
		];
		expect(below, JSON.stringify([...tally.counts])).toEqual([]);
	});

	it('an answer replaced by junk is never read as an answer: a form that needs it is not "eligible"', () => {
		const random = seeded(7);
		const tally = new Tally();
		const junk = ['', 'maybe', 'YES', '__proto__', 'constructor', 'toString', '<b>x</b>'];
		for (let i = 0; i < RUNS / 4; i++) {
			const { answers } = nearPassing(model, random, bases);
			const key = pick(random, Object.keys(answers));
			const broken = { ...answers, [key]: pick(random, junk) };
			for (const r of evaluate(model, broken)) {
				expect(outcomes).toContain(r.outcome);
				const needs = level('required').some((x) => x.question === key && x.forms.includes(r.form.id));
				if (needs && r.outcome !== 'not-assessed') {
					expect(r.outcome, `${key}=${broken[key]}`).not.toBe('eligible');
					tally.add('needed answer junk');
				}
			}
			expect(prune(model, broken)).not.toHaveProperty(key);
		}
		expect(tally.below(MIN, ['needed answer junk'])).toEqual([]);
	});
});

describe('property: the test-only older rule set (Lähellä.fi required, no area question)', () => {
	const older = modelOf(olderRuleSet);
	const olderBases = passingBases(older);

	it('gives each form the outcome its required conditions decide; without a Lähellä.fi listing, never "eligible"', () => {
		expect(olderBases.length).toBeGreaterThanOrEqual(formIds.length);
		const random = seeded(2000);
		const tally = new Tally();
		for (let i = 0; i < RUNS / 2; i++) {
			const { answers, changed } = nearPassing(older, random, olderBases);
			for (const r of evaluate(older, answers)) {
				expect(r.outcome, JSON.stringify({ changed, answers })).toBe(expectedOutcome(answers, r.form.id, older));
				tally.add(`${r.form.id} ${r.outcome}`);
				if (answers['lahella'] === 'no' && r.outcome !== 'not-assessed') {
					expect(r.outcome).toBe('not-eligible');
					expect(r.advice).toEqual([]);
					tally.add('lahella no');
				}
			}
		}
		const expected = [...older.forms.flatMap((f) => outcomes.map((o) => `${f.id} ${o}`)), 'lahella no'];
		expect(tally.below(MIN / 2, expected), JSON.stringify([...tally.counts])).toEqual([]);
	});
});

describe('property: any answers at all', () => {
	it('(random keys, values and gaps) still give an outcome for every form', () => {
		const random = seeded(42);
		const junk = ['', 'yes', 'no', 'maybe', '__proto__', 'constructor', '<b>x</b>'];
		for (let i = 0; i < RUNS; i++) {
			const answers: Record<string, string> = {};
			for (const q of model.questions) {
				const r = random();
				if (r < 0.3) continue;
				answers[q.key] = r < 0.85 ? pick(random, q.options).value : pick(random, junk);
			}
			for (const r of evaluate(model, answers)) expect(outcomes).toContain(r.outcome);
			for (const r of evaluate(model, prune(model, answers))) expect(outcomes).toContain(r.outcome);
		}
	});
});
