/**
 * Build-time glue (Astro): each rule set with the version of the principles it belongs to, read
 * from the docs collection through the versions model (src/versions/). Used by the self-check's
 * wrapper (to name the rules and give results shared under other versions their rules) and by the
 * open data (/api/v1/grant-rules/<version>.json). A rule set for a version the principles do not
 * have fails the build.
 */
import { getEntry } from 'astro:content';
import type { Lang } from '~/i18n/lang';
import { versionIndex } from '~/versions/collection';
import { type DocVersion, historyOf } from '~/versions/model';
import { currentRulesVersion, grantRuleSets, type RuleSet } from './data';

export interface VersionedRuleSet extends RuleSet {
	/** The rules of the version of the principles at its stable address. */
	readonly current: boolean;
	/** That version of the principles, in each language. */
	readonly doc: Readonly<Record<Lang, DocVersion>>;
}

let cached: Promise<VersionedRuleSet[]> | undefined;

export function versionedRuleSets(): Promise<VersionedRuleSet[]> {
	cached ??= load();
	return cached;
}

async function load(): Promise<VersionedRuleSet[]> {
	const entryId = grantRuleSets[0]?.data.rules.source.entry ?? '';
	const docId = (await getEntry('docs', entryId))?.data.document?.id;
	if (!docId) throw new Error(`Grant self-check: the rules' source "${entryId}" must be a page with a document block.`);
	const index = await versionIndex();
	const histories = { fi: historyOf(index, docId, 'fi'), sv: historyOf(index, docId, 'sv') };
	if (histories.fi?.current.version !== currentRulesVersion) {
		throw new Error(`Grant self-check: the current version of "${docId}" is not ${currentRulesVersion}.`);
	}
	return grantRuleSets.map((set) => {
		if (set.data.rules.source.entry !== entryId) {
			throw new Error(
				`content/data/grant-check/${set.version}/rules.json: source.entry must be "${entryId}" as in every rule set.`,
			);
		}
		const of = (lang: Lang): DocVersion => {
			const v = histories[lang]?.versions.find((x) => x.version === set.version);
			if (!v) {
				throw new Error(
					`content/data/grant-check/${set.version}/: the document "${docId}" has no version "${set.version}" (${lang}); a rule set belongs to a version of the document.`,
				);
			}
			return v;
		};
		return { ...set, current: set.version === currentRulesVersion, doc: { fi: of('fi'), sv: of('sv') } };
	});
}
