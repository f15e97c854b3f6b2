/**
 * The grant self-check's data, read from content/data/grant-check/*.json and validated by
 * ./schema.ts. Imported by the Astro wrapper at build time (never by the island), so an error
 * in the data fails the build.
 */
import forms from '../../content/data/grant-check/forms.json';
import questions from '../../content/data/grant-check/questions.json';
import rules from '../../content/data/grant-check/rules.json';
import texts from '../../content/data/grant-check/texts.json';
import { type GrantCheckData, grantCheckSchema } from './schema';

/** Parse (and cross-check) raw data; throws a readable error naming the file and field. */
export function parseGrantCheckData(raw: unknown): GrantCheckData {
	const result = grantCheckSchema.safeParse(raw);
	if (!result.success) {
		const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
		throw new Error(`Invalid grant self-check data in content/data/grant-check/:\n${lines.join('\n')}`);
	}
	return result.data;
}

export const grantCheckData: GrantCheckData = parseGrantCheckData({ questions, rules, forms, texts });
