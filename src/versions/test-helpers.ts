/** Test helpers for the version model's unit tests (not shipped): metadata and pages of made-up documents. */
import type { DocumentMeta } from '~/schema/document';
import type { VersionSource } from './model';

/** The metadata of a version: a draft unless `extra` says otherwise. */
export const meta = (id: string, version: string, extra: Partial<DocumentMeta> = {}): DocumentMeta => ({
	id,
	version,
	status: 'draft',
	changeNote: `note ${version}`,
	changeKind: 'major',
	sources: ['004'],
	...extra,
});

/** One page of the docs collection. */
export const page = (entryId: string, m: DocumentMeta): VersionSource => ({
	entryId,
	title: 't',
	description: 'd',
	meta: m,
});

/** The same pages in Finnish and, under sv/, in Swedish (Finnish first). */
export const both = (...list: [string, DocumentMeta][]): VersionSource[] =>
	['', 'sv/'].flatMap((p) => list.map(([entryId, m]) => page(`${p}${entryId}`, m)));
