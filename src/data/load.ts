/**
 * The one way data files under content/data are read: every JSON file is parsed through its zod
 * schema here, and a mistake names the file and the field ("content/data/roadmap/roadmap.json:
 * goals.2.text.sv: Swedish text is missing"), so the build fails with a message a content editor
 * can act on. Build time only.
 *
 * The files themselves are imported by the modules that own them (a static `import raw from
 * '…/content/data/x.json'` or `import.meta.glob`), so Vite watches them; only the parsing is here.
 */
import type { z } from 'astro/zod';

/** The folder the data files live in, as messages name it. */
export const dataRoot = 'content/data/';

/**
 * A data file's path as messages name it, from a path relative to content/data ("roadmap/roadmap.json")
 * or from an import.meta.glob key ("../../content/data/cooperation-forms/functional.json").
 */
export function dataFile(path: string): string {
	const at = path.indexOf(dataRoot);
	return at >= 0 ? path.slice(at) : `${dataRoot}${path.replace(/^\.?\//, '')}`;
}

/** Every issue of a failed parse as "<file>: <field>: <message>" ("(root)" for the whole file). */
export function dataIssues(file: string, error: z.ZodError): string[] {
	return error.issues.map((i) => `${dataFile(file)}: ${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
}

/** The problems found in data, one per line, as the Error a build fails with. */
export class DataError extends Error {
	constructor(
		what: string,
		readonly problems: readonly string[],
	) {
		super(`Invalid ${what}:\n- ${problems.join('\n- ')}`);
		this.name = 'DataError';
	}
}

/** Parses one file's data; `{ problems }` lists every issue (for loaders that report several files at once). */
export function checkData<S extends z.ZodType>(
	file: string,
	schema: S,
	raw: unknown,
): { data: z.output<S>; problems?: undefined } | { data?: undefined; problems: string[] } {
	const result = schema.safeParse(raw);
	return result.success ? { data: result.data } : { problems: dataIssues(file, result.error) };
}

/**
 * Parses one file's data with its schema; throws a DataError naming the file and every field at
 * fault. `file` is the path under content/data, e.g. loadData('council.json', councilSchema, raw).
 */
export function loadData<S extends z.ZodType>(file: string, schema: S, raw: unknown): z.output<S> {
	const { data, problems } = checkData(file, schema, raw);
	if (problems) throw new DataError(dataFile(file), problems);
	return data;
}
