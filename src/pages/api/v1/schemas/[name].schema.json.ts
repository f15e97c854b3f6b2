/** /api/v1/schemas/<name>.schema.json: the JSON Schema of a published file, generated from its zod schema. */
import type { GetStaticPaths } from 'astro';
import { county } from '~/config/county';
import { json } from '~/open-data/astro';
import { schemaPath } from '~/open-data/catalogue';
import { indexSchemaName, jsonSchemaOf, payloadSchemas, type SchemaName } from '~/open-data/schemas';

export const getStaticPaths = (() =>
	[...Object.keys(payloadSchemas), indexSchemaName].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET = ({ params }: { params: { name: SchemaName | typeof indexSchemaName } }) =>
	json(jsonSchemaOf(params.name, new URL(schemaPath(params.name), `${county.siteUrl}/`).href));
