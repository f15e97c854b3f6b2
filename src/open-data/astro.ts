/**
 * Build-time inputs of the open data (Astro glue for ./datasets.ts): what only the content
 * collection can tell, read from where it lives.
 */
import { versionedRuleSets } from '~/grant-check/rule-versions';
import type { RuleSetVersion } from './datasets';

/** The grant rule sets, one per version of the principles that has rules, oldest first. */
export async function ruleSetVersions(): Promise<RuleSetVersion[]> {
	return (await versionedRuleSets()).map((set) => ({
		rulesVersion: set.version,
		document: { id: set.doc.fi.docId, version: set.version, status: set.doc.fi.meta.status },
		data: set.data,
		current: set.current,
	}));
}

/** A static JSON response, formatted for people reading it too. */
export const json = (body: unknown): Response =>
	new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
