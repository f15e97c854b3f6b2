/**
 * For the tests (not shipped): validate published JSON against its JSON Schema with Ajv, a
 * standard validator (draft 2020-12, with the `uri` format), independent of the zod schemas the
 * JSON Schemas are generated from.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The problems of `data` against `schema` ("/path: message"), empty when it is valid. */
export function schemaErrors(schema: Record<string, unknown>, data: unknown): string[] {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats.default(ajv);
	const validate = ajv.compile(schema);
	if (validate(data)) return [];
	return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}
