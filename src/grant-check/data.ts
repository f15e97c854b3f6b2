/**
 * The grant self-check's rule sets, one per version of the principles (ADR 0600):
 * content/data/grant-check/<version>/{questions,rules,forms}.json hold that version's questions,
 * conditions and grant forms with their wording; content/data/grant-check/texts.json holds the
 * interface texts, shared by every version. Validated by ./schema.ts. Imported by the Astro
 * wrapper and the open data at build time (never by the island), so an error fails the build.
 *
 * The current rule set is the one of the principles version at the document's stable address
 * (`source.entry` in rules.json, e.g. periaatteet): the versions model (src/versions/model.ts)
 * keeps the newest approved or in-force version there, or the newest version while none is
 * decided, so a draft never supersedes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { checkData, DataError, dataFile } from '~/data/load';
import { compareVersionIds } from '~/versions/model';
import texts from '../../content/data/grant-check/texts.json';
import {
	formsFileSchema,
	type GrantCheckData,
	grantCheckSchema,
	questionsFileSchema,
	rulesFileSchema,
	textsFileSchema,
} from './schema';
import { rulesVersionSyntax } from './url';

const dataDir = 'content/data/grant-check';

const fileSchemas = {
	questions: questionsFileSchema,
	rules: rulesFileSchema,
	forms: formsFileSchema,
	texts: textsFileSchema,
} as const;
type FileName = keyof typeof fileSchemas;

/** A rule set's file under content/data: the shared texts, or the version's own file. */
const fileOf = (version: string, name: string) =>
	name === 'texts' ? 'grant-check/texts.json' : `grant-check/${version}/${name}.json`;

/**
 * Parses (and cross-checks) one rule set's files with the shared texts; throws a DataError naming
 * the file and the field of every problem ("content/data/grant-check/2022-10-10/rules.json:
 * rules.3.question: rule "audit": unknown question "x"").
 */
export function parseGrantCheckData(raw: Readonly<Record<FileName, unknown>>, version = '<version>'): GrantCheckData {
	const problems = Object.entries(fileSchemas).flatMap(
		([name, schema]) => checkData(fileOf(version, name), schema, raw[name as FileName]).problems ?? [],
	);
	if (problems.length === 0) {
		const result = grantCheckSchema.safeParse(raw);
		if (result.success) return result.data;
		for (const { path, message } of result.error.issues) {
			const [name = '', ...field] = path.map(String);
			problems.push(`${dataFile(fileOf(version, name))}: ${field.join('.') || '(root)'}: ${message}`);
		}
	}
	throw new DataError(`grant self-check rules in ${dataFile(`grant-check/${version}/`)}`, problems);
}

/** The rules of one version of the principles. */
export interface RuleSet {
	/** The principles version the rules belong to (the folder's name), e.g. "2022-10-10". */
	readonly version: string;
	readonly data: GrantCheckData;
}

const ruleFiles = ['questions', 'rules', 'forms'] as const;

/**
 * Groups files "<anything>/<version>/<questions|rules|forms>.json" into rule sets, oldest first,
 * each with the shared interface texts. Throws naming the folder for a missing or unknown file.
 */
export function ruleSetsFromFiles(files: Readonly<Record<string, unknown>>, sharedTexts: unknown): RuleSet[] {
	const folders = new Map<string, Record<string, unknown>>();
	for (const [path, content] of Object.entries(files)) {
		const m = /([^/]+)\/([^/]+)\.json$/.exec(path);
		const [, version = '', name = ''] = m ?? [];
		if (!rulesVersionSyntax.test(version)) {
			throw new Error(`${dataDir}/${version}/: "${version}" is not a version id (lowercase letters, digits, hyphens)`);
		}
		if (!(ruleFiles as readonly string[]).includes(name)) {
			throw new Error(`${dataDir}/${version}/${name}.json: a rule set holds only ${ruleFiles.join(', ')}.json`);
		}
		folders.set(version, { ...folders.get(version), [name]: content });
	}
	if (folders.size === 0)
		throw new Error(`${dataDir}/: no rule set (a folder <version>/ with ${ruleFiles.join(', ')}.json)`);
	return [...folders.entries()]
		.sort(([a], [b]) => compareVersionIds(a, b))
		.map(([version, f]) => {
			const missing = ruleFiles.filter((n) => f[n] === undefined);
			if (missing.length > 0)
				throw new Error(`${dataDir}/${version}/ lacks ${missing.map((n) => `${n}.json`).join(', ')}`);
			return {
				version,
				data: parseGrantCheckData(
					{ questions: f.questions, rules: f.rules, forms: f.forms, texts: sharedTexts },
					version,
				),
			};
		});
}

/** The rule set of a version, or undefined. */
export function ruleSetOf(sets: readonly RuleSet[], version: string): RuleSet | undefined {
	return sets.find((s) => s.version === version);
}

/** The rule set of the current version of the principles; throws saying what to do when it has none. */
export function currentRuleSet(sets: readonly RuleSet[], currentVersion: string): RuleSet {
	const set = ruleSetOf(sets, currentVersion);
	if (!set) {
		throw new Error(
			`Grant self-check: the current version of the principles is "${currentVersion}", but ${dataDir}/${currentVersion}/ does not exist (rule sets: ${sets.map((s) => s.version).join(', ')}). npm run new-version copies the rules to a new version.`,
		);
	}
	return set;
}

/** `document.version` of the page at a document's stable address (content/docs/<entry>.mdx or <entry>/index.mdx). */
export function stableVersionOf(entry: string, root = process.cwd()): string {
	const file = [`${entry}.mdx`, `${entry}/index.mdx`].map((f) => join(root, 'content/docs', f)).find(existsSync);
	if (!file) throw new Error(`Grant self-check: the rules' source "${entry}" is not a page in content/docs`);
	const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
	const version = (yaml.load(front) as { document?: { version?: unknown } } | undefined)?.document?.version;
	if (typeof version !== 'string') throw new Error(`Grant self-check: ${file} has no document.version`);
	return version;
}

const rawFiles = import.meta.glob<unknown>('../../content/data/grant-check/*/*.json', {
	eager: true,
	import: 'default',
});

/** Every rule set, oldest first. */
export const grantRuleSets: readonly RuleSet[] = ruleSetsFromFiles(rawFiles, texts);

/** The version of the principles (and of the rules) at the principles' stable address. */
export const currentRulesVersion: string = stableVersionOf(grantRuleSets[0]?.data.rules.source.entry ?? '');

/** The current rules: what new results use, the annual cycle reads and the no-JavaScript checklist shows. */
export const grantCheckData: GrantCheckData = currentRuleSet(grantRuleSets, currentRulesVersion).data;
