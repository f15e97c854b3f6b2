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
import texts from '../../content/data/grant-check/texts.json';
import { compareVersionIds } from '../versions/model';
import { type GrantCheckData, grantCheckSchema } from './schema';
import { rulesVersionSyntax } from './url';

const dataDir = 'content/data/grant-check';

/** Parse (and cross-check) raw data; throws a readable error naming the folder and field. */
export function parseGrantCheckData(raw: unknown, where = `${dataDir}/`): GrantCheckData {
	const result = grantCheckSchema.safeParse(raw);
	if (!result.success) {
		const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
		throw new Error(`Invalid grant self-check data in ${where}:\n${lines.join('\n')}`);
	}
	return result.data;
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
			return { version, data: parseGrantCheckData({ ...f, texts: sharedTexts }, `${dataDir}/${version}/`) };
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
