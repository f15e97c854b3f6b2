/**
 * Builds the datasets of /api/v1/ from the site's own validated data (no second copy of any
 * fact), parses each through its published schema (./schemas.ts) and wraps it in the envelope.
 * Pure: the Astro endpoints (src/pages/api/v1/) pass in what only the build can read.
 */

import type { CycleEvent } from '~/annual-cycle/resolve';
import { county } from '~/config/county';
import type { PickerData } from '~/cooperation-picker/data';
import type { Source } from '~/data/sources';
import { categories, counties, documentLists, tables } from '~/data/tilannekuva';
import { type GrantCheckData, publishedRuleSet } from '~/grant-check/schema';
import type { Lang } from '~/i18n/lang';
import type { DocumentStatus } from '~/schema/document';
import { compareUrl, type DocHistory, previousVersion } from '~/versions/model';
import {
	apiBase,
	type DatasetId,
	datasetPath,
	datasets,
	ruleSetPath,
	ruleSetSchemaName,
	schemaPath,
} from './catalogue';
import { apiIndexSchema, envelope, indexSchemaName, payloadSchemas, type SchemaName } from './schemas';

/** The licence of the published data. */
export const dataLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
/** The site's page for developers, in each language. */
export const developersPage: Record<Lang, string> = { fi: '/avoin-data/', sv: '/sv/avoin-data/' };

const absolute = (path: string): string => new URL(path, `${county.siteUrl.replace(/\/$/, '')}/`).href;
const address = (path: string) => ({ path, url: absolute(path) });
const both = <T>(f: (lang: Lang) => T): Record<Lang, T> => ({ fi: f('fi'), sv: f('sv') });

function wrap(name: SchemaName, dataset: string, title: Record<Lang, string>, data: unknown): unknown {
	return envelope(payloadSchemas[name]).parse({
		$schema: absolute(schemaPath(name)),
		apiVersion: 1,
		dataset,
		title,
		licence: dataLicence,
		documentation: both((l) => address(developersPage[l])),
		data,
	});
}

const published = (id: DatasetId, data: unknown) => wrap(id, id, datasets[id].title, data);

/** Every document with every version, both languages side by side. */
export function documentsDataset(index: readonly DocHistory[], sources: readonly Source[]): unknown {
	const fiHistories = index.filter((h) => h.lang === 'fi');
	return published('documents', {
		documents: fiHistories.map((fi) => {
			const sv = index.find((h) => h.lang === 'sv' && h.docId === fi.docId);
			if (!sv) throw new Error(`Open data: document "${fi.docId}" has no Swedish version`);
			const histories = { fi, sv };
			return {
				id: fi.docId,
				stable: both((l) => address(histories[l].current.stableUrl)),
				versions: fi.versions.map((v) => {
					const inLang = both((l) => {
						const found = histories[l].versions.find((x) => x.version === v.version);
						if (!found) throw new Error(`Open data: ${fi.docId} ${v.version} has no ${l} version`);
						return found;
					});
					const prev = previousVersion(fi, v.version);
					const m = v.meta;
					return {
						version: v.version,
						status: m.status,
						current: v.isCurrent,
						title: both((l) => inLang[l].title),
						description: both((l) => inLang[l].description),
						changeNote: both((l) => inLang[l].meta.changeNote),
						changeKind: m.changeKind,
						...(m.approvedBy ? { approvedBy: { key: m.approvedBy, name: county.bodies[m.approvedBy] } } : {}),
						...(m.approvedOn ? { approvedOn: m.approvedOn } : {}),
						...(m.presentedTo ? { presentedTo: { key: m.presentedTo, name: county.bodies[m.presentedTo] } } : {}),
						...(m.presentedOn ? { presentedOn: m.presentedOn } : {}),
						...(m.inForceFrom ? { inForceFrom: m.inForceFrom } : {}),
						...(m.inForceUntil ? { inForceUntil: m.inForceUntil } : {}),
						...(m.upToDateAsOf ? { upToDateAsOf: m.upToDateAsOf } : {}),
						sources: m.sources,
						permalink: both((l) => address(inLang[l].permalink)),
						...(prev
							? { compareWithPrevious: both((l) => address(compareUrl(v.slug, prev.version, v.version, l))) }
							: {}),
					};
				}),
			};
		}),
		sources: sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, date: s.date })),
	});
}

/** A set of grant rules and the version of the principles it belongs to. */
export interface RuleSetVersion {
	rulesVersion: string;
	document: { id: string; version: string; status: DocumentStatus };
	data: GrantCheckData;
	current: boolean;
}

export function ruleSetDataset(v: RuleSetVersion): unknown {
	return wrap(ruleSetSchemaName, `grant-rules/${v.rulesVersion}`, datasets['grant-rules'].title, {
		rulesVersion: v.rulesVersion,
		document: v.document,
		ruleSet: publishedRuleSet(v.data),
	});
}

export function grantRulesDataset(versions: readonly RuleSetVersion[]): unknown {
	const current = versions.find((v) => v.current);
	if (!current) throw new Error('Open data: no current grant rules');
	return published('grant-rules', {
		current: current.rulesVersion,
		versions: versions.map((v) => ({
			rulesVersion: v.rulesVersion,
			document: v.document,
			current: v.current,
			address: absolute(ruleSetPath(v.rulesVersion)),
			schema: absolute(schemaPath(ruleSetSchemaName)),
		})),
	});
}

export function cooperationFormsDataset(picker: PickerData): unknown {
	return published('cooperation-forms', { forms: picker.forms, model: picker.model, needs: picker.needs });
}

export function comparisonDataset(): unknown {
	return published('comparison', {
		counties,
		tables: Object.values(tables),
		categories,
		documentContents: documentLists.contents,
		documentExamples: documentLists.examples,
	});
}

export function annualCycleDataset(events: readonly CycleEvent[]): unknown {
	return published('annual-cycle', { events });
}

/** The index: every dataset with its address and schema. */
export function indexDocument(ruleSetVersions: readonly string[]): unknown {
	return apiIndexSchema.parse({
		$schema: absolute(schemaPath(indexSchemaName)),
		apiVersion: 1,
		title: { fi: 'Järjestöyhteistyön avoin data', sv: 'Öppna data om organisationssamarbetet' },
		site: county.siteUrl,
		licence: dataLicence,
		documentation: both((l) => address(developersPage[l])),
		datasets: (Object.keys(datasets) as DatasetId[]).map((id) => ({
			id,
			title: datasets[id].title,
			description: datasets[id].description,
			address: absolute(datasetPath(id)),
			path: datasetPath(id),
			schema: absolute(schemaPath(id)),
		})),
		ruleSets: ruleSetVersions.map((v) => ({
			rulesVersion: v,
			address: absolute(ruleSetPath(v)),
			path: ruleSetPath(v),
			schema: absolute(schemaPath(ruleSetSchemaName)),
		})),
		base: absolute(`${apiBase}/`),
	});
}
