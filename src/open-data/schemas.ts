/**
 * The shapes of what /api/v1/ publishes, as zod schemas. The datasets are parsed through them
 * before they are written, and their JSON Schemas (published beside the data) are generated from
 * them: the published schema and the data cannot drift apart. Where a dataset is the site's own
 * validated data, its schema is the one that validates that data at build time.
 */
import { z } from 'astro/zod';
import { eventSchema } from '~/annual-cycle/schema';
import { cooperationFormSchema, modelSchema, needsFileSchema } from '~/cooperation-picker/schema';
import { categorySchema, countySchema, countyTableSchema } from '~/data/tilannekuva';
import { publishedRuleSetSchema } from '~/grant-check/schema';
import { bilingual } from '~/i18n/bilingual';
import { documentStatuses } from '~/schema/document';
import { type DatasetId, ruleSetSchemaName } from './catalogue';

const text = z.string().min(1);
const date = z.string().regex(/^\d{4}(-\d{2}){0,2}$/);
/** A page of the site: its root-relative path and absolute address. */
const address = z.object({ path: z.string().regex(/^\//), url: z.url() }).strict();
const bilingualAddress = z.object({ fi: address, sv: address }).strict();

const documentVersion = z
	.object({
		version: text,
		status: z.enum(documentStatuses),
		/** True for the version shown at the document's stable address. */
		current: z.boolean(),
		title: bilingual,
		description: bilingual,
		changeNote: bilingual,
		changeKind: z.enum(['major', 'minor']),
		approvedBy: z.object({ key: text, name: bilingual }).strict().optional(),
		approvedOn: date.optional(),
		/** Status "presented": the body the version was put before, and when. */
		presentedTo: z.object({ key: text, name: bilingual }).strict().optional(),
		presentedOn: date.optional(),
		inForceFrom: date.optional(),
		inForceUntil: date.optional(),
		upToDateAsOf: date.optional(),
		/** Ids in /api/v1/documents.json `sources`. */
		sources: z.array(z.string().regex(/^\d{3}$/)).min(1),
		permalink: bilingualAddress,
		/** The page comparing this version with the previous one. */
		compareWithPrevious: bilingualAddress.optional(),
	})
	.strict();

const documents = z
	.object({
		documents: z.array(
			z.object({ id: text, stable: bilingualAddress, versions: z.array(documentVersion).min(1) }).strict(),
		),
		sources: z.array(z.object({ id: text, title: bilingual, publisher: bilingual, date: date.nullable() }).strict()),
	})
	.strict();

const ruleSetRef = z
	.object({
		/** The version of the principles the rules belong to (the `rules` key of the self-check's address). */
		rulesVersion: text,
		document: z.object({ id: text, version: text, status: z.enum(documentStatuses) }).strict(),
	})
	.strict();

const ruleSet = ruleSetRef.extend({ ruleSet: publishedRuleSetSchema });

const grantRules = z
	.object({
		current: text,
		versions: z.array(ruleSetRef.extend({ current: z.boolean(), address: z.url(), schema: z.url() }).strict()),
	})
	.strict();

const cooperationForms = z
	.object({ forms: z.array(cooperationFormSchema), model: modelSchema, needs: needsFileSchema })
	.strict();

const comparison = z
	.object({
		counties: z.array(countySchema),
		tables: z.array(countyTableSchema),
		categories: z.object({ lahella: z.array(categorySchema), asiakirja: z.array(categorySchema) }).strict(),
		documentContents: z.array(bilingual),
		documentExamples: z.array(bilingual),
	})
	.strict();

const monthDay = z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).strict();
const timing = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('yearly-period'), start: monthDay, end: monthDay }).strict(),
	z.object({ kind: z.literal('yearly-month'), month: z.number().int().min(1).max(12) }).strict(),
	z
		.object({ kind: z.literal('yearly-deadline'), date: monthDay, monthsAfterYearEnd: z.number().int().min(0) })
		.strict(),
	z.object({ kind: z.literal('once'), date }).strict(),
	z.object({ kind: z.literal('unscheduled'), timesPerYear: z.number().int().min(1), atLeast: z.boolean() }).strict(),
]);
const annualCycle = z
	.object({
		events: z.array(
			eventSchema
				.omit({ when: true })
				.extend({ number: z.number().int().min(1), timing })
				.strict(),
		),
	})
	.strict();

/** Every published shape by the name of its schema file. */
export const payloadSchemas = {
	documents,
	'grant-rules': grantRules,
	[ruleSetSchemaName]: ruleSet,
	'cooperation-forms': cooperationForms,
	comparison,
	'annual-cycle': annualCycle,
} satisfies Record<DatasetId | typeof ruleSetSchemaName, z.ZodType>;

export type SchemaName = keyof typeof payloadSchemas;

const listed = z.object({ address: z.url(), path: z.string().regex(/^\/api\/v1\//), schema: z.url() });

/** /api/v1/index.json */
export const apiIndexSchema = z
	.object({
		$schema: z.url(),
		apiVersion: z.literal(1),
		title: bilingual,
		site: z.url(),
		base: z.url(),
		licence: z.object({ name: text, url: z.url() }).strict(),
		documentation: bilingualAddress,
		datasets: z.array(listed.extend({ id: text, title: bilingual, description: bilingual }).strict()),
		ruleSets: z.array(listed.extend({ rulesVersion: text }).strict()),
	})
	.strict();

/** The envelope of every file: what it is, where its schema is, under which licence. */
export function envelope<T extends z.ZodType>(payload: T) {
	return z
		.object({
			$schema: z.url(),
			apiVersion: z.literal(1),
			dataset: text,
			title: bilingual,
			licence: z.object({ name: text, url: z.url() }).strict(),
			/** The site's page for developers. */
			documentation: bilingualAddress,
			data: payload,
		})
		.strict();
}

/** The name of the index's schema file. */
export const indexSchemaName = 'index';

/** The JSON Schema (draft 2020-12) of a published file. */
export function jsonSchemaOf(name: SchemaName | typeof indexSchemaName, id: string): Record<string, unknown> {
	const zod = name === indexSchemaName ? apiIndexSchema : envelope(payloadSchemas[name]);
	return { ...z.toJSONSchema(zod, { io: 'output', unrepresentable: 'any' }), $id: id };
}
