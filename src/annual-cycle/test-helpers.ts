/** Test helpers: read a page's front matter and body from content/docs (what the build reads). */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { DocumentDateField } from './resolve';

export function readPage(entry: string): { data: Record<string, unknown>; body: string } {
	const text = readFileSync(new URL(`../../content/docs/${entry}.mdx`, import.meta.url), 'utf8');
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
	if (!m) throw new Error(`content/docs/${entry}.mdx has no front matter`);
	return { data: (yaml.load(m[1] ?? '') ?? {}) as Record<string, unknown>, body: m[2] ?? '' };
}

/** The `documentDate` lookup the build uses, read from the MDX files. */
export function documentDateFromFiles(entry: string, field: DocumentDateField): string | undefined {
	const doc = readPage(entry).data['document'] as Record<string, unknown> | undefined;
	const value = doc?.[field];
	return typeof value === 'string' ? value : undefined;
}
