/**
 * The open data interface in the build (dist/api/v1/): every file the index lists exists and is
 * valid against its published JSON Schema (Ajv, draft 2020-12), and the grant rules of every version
 * read from the API give, through the engine, exactly the outcomes the self-check gives with that
 * version's rules for the same answers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grantRuleSets } from '~/grant-check/data';
import { evaluate, type Model } from '~/grant-check/engine';
import { allGood, modelOf, pick, seeded } from '~/grant-check/test-helpers';
import { schemaErrors } from '~/open-data/test-helpers';
import { distDir } from './dist';

const read = (path: string): Record<string, unknown> => {
	const file = join(distDir, path);
	if (!existsSync(file)) throw new Error(`${path} is missing from the build`);
	return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
};
/** A schema's address on the site → its file in the build. */
const schemaAt = (url: unknown): Record<string, unknown> => read(new URL(String(url)).pathname);

interface Listed {
	path: string;
	schema: string;
}
const index = read('/api/v1/index.json') as unknown as {
	$schema: string;
	datasets: (Listed & { id: string })[];
	ruleSets: (Listed & { rulesVersion: string })[];
};

describe('/api/v1/', () => {
	it('has an index valid against its schema, listing the five datasets', () => {
		expect(schemaErrors(schemaAt(index.$schema), index)).toEqual([]);
		expect(index.datasets.map((d) => d.id)).toEqual([
			'documents',
			'grant-rules',
			'cooperation-forms',
			'comparison',
			'annual-cycle',
		]);
		expect(index.ruleSets.length).toBeGreaterThan(0);
	});

	for (const listed of [...index.datasets, ...index.ruleSets]) {
		it(`${listed.path} is valid against ${new URL(listed.schema).pathname}`, () => {
			const data = read(listed.path);
			expect(data['$schema']).toBe(listed.schema);
			expect(schemaErrors(schemaAt(listed.schema), data)).toEqual([]);
		});
	}
});

describe('grant rules from /api/v1/', () => {
	it('are published for every rule set of the self-check, each version once', () => {
		expect(index.ruleSets.map((r) => r.rulesVersion)).toEqual(grantRuleSets.map((s) => s.version));
	});
});

for (const set of grantRuleSets) {
	describe(`grant rules ${set.version} from /api/v1/ evaluated by the engine`, () => {
		const islandModel = modelOf(set);
		const listed = index.ruleSets.find((r) => r.rulesVersion === set.version) as Listed;
		const published = read(listed.path) as { data: { ruleSet: Record<string, { [k: string]: unknown }> } };
		const { questions, rules, forms } = published.data.ruleSet;
		const apiModel = {
			questions: questions?.['questions'],
			rules: rules?.['rules'],
			forms: forms?.['forms'],
		} as unknown as Model;

		/** Answer sets: everything in order, each fail and unknown answer of each rule alone, and random ones. */
		const answerSets: Record<string, string>[] = [{ ...allGood }];
		for (const rule of islandModel.rules) {
			for (const value of [...rule.fail, ...rule.unknown]) answerSets.push({ ...allGood, [rule.question]: value });
		}
		const random = seeded(2026);
		for (let i = 0; i < 300; i++) {
			answerSets.push(Object.fromEntries(islandModel.questions.map((q) => [q.key, pick(random, q.options).value])));
		}
		const summary = (m: Model, answers: Record<string, string>) =>
			evaluate(m, answers).map((r) => ({
				form: r.form.id,
				outcome: r.outcome,
				failed: r.failed.map((x) => x.id),
				unknown: r.unknown.map((x) => x.id),
				advice: r.advice.map((x) => x.id),
			}));

		it('give the same outcome and reasons as the self-check with that version for every answer set', () => {
			for (const answers of answerSets) expect(summary(apiModel, answers)).toEqual(summary(islandModel, answers));
		});

		it('and those answer sets reach every outcome of every grant form', () => {
			const seen = new Set(answerSets.flatMap((a) => summary(apiModel, a).map((r) => `${r.form}:${r.outcome}`)));
			for (const form of islandModel.forms) {
				for (const outcome of ['eligible', 'not-eligible', 'check-with-coordinator']) {
					expect(seen, `${form.id}: ${outcome}`).toContain(`${form.id}:${outcome}`);
				}
			}
		});
	});
}
