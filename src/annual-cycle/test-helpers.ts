/** Test helpers: the dates the build reads from documents' front matter, read from the MDX files. */
import { readPage } from '~/data/content-files';
import type { DocumentDateField } from './resolve';

/** The `documentDate` lookup the build uses, read from the MDX files. */
export function documentDateFromFiles(entry: string, field: DocumentDateField): string | undefined {
	const doc = readPage(entry).data['document'] as Record<string, unknown> | undefined;
	const value = doc?.[field];
	return typeof value === 'string' ? value : undefined;
}
