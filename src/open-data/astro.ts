/**
 * Build-time inputs of the open data (Astro glue for ./datasets.ts): what only the content
 * collection can tell, read from where it lives.
 */
import { getEntry } from 'astro:content';
import { grantCheckData } from '../grant-check/data';
import type { RuleSetVersion } from './datasets';

/** The grant rule sets, one per version of the principles that has rules (today: the current one). */
export async function ruleSetVersions(): Promise<RuleSetVersion[]> {
	const entry = await getEntry('docs', grantCheckData.rules.source.entry);
	const doc = entry?.data.document;
	if (!doc)
		throw new Error(
			`Open data: the grant rules' document ${grantCheckData.rules.source.entry} has no document metadata`,
		);
	return [
		{
			rulesVersion: doc.version,
			document: { id: doc.id, version: doc.version, status: doc.status },
			data: grantCheckData,
			current: true,
		},
	];
}

/** A static JSON response, formatted for people reading it too. */
export const json = (body: unknown): Response =>
	new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
