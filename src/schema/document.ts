import { z } from 'astro/zod';
import { bodyKeys } from '~/config/county';

/**
 * Status of one version of a public document, as the source gives it and no more:
 * - draft: the source calls it a draft (luonnos);
 * - presented: the source shows only that it was put before a body or a forum (presentedTo,
 *   presentedOn), not a decision;
 * - approved / in-force: the source shows the approval (approvedBy, approvedOn);
 * - superseded: a later approved or in-force version replaced it (src/versions/model.ts checks).
 */
export const documentStatuses = ['draft', 'presented', 'approved', 'in-force', 'superseded'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/**
 * A date written as YYYY-MM-DD, or YYYY-MM where the source gives only the month
 * (kept as a string: no time-zone surprises, and no day invented).
 */
export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date written as YYYY-MM-DD (or YYYY-MM)')
	.refine((s) => isRealDate(s), 'is not a real calendar date');

function isRealDate(s: string): boolean {
	const [y = Number.NaN, m = Number.NaN, d = 1] = s.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Ids of the source documents listed in content/data/sources.json. */
const sourceId = z.string().regex(/^\d{3}$/, 'must be a source id such as "001"');

/** Metadata of one version of a versioned public document. */
export const documentMetaSchema = z
	.object({
		/** Stable id shared by every version and both languages, e.g. "tiekartta". */
		id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens'),
		/** Version id, e.g. "2024-05" or "2022-10-10". */
		version: z.string().regex(/^[0-9a-z.-]+$/, 'must be lowercase letters, digits, dots and hyphens'),
		status: z.enum(documentStatuses),
		/**
		 * Ids this version was published under before (e.g. an id that looked like a decision date the
		 * source does not give). Their permanent addresses keep working: src/pages/[...former].astro
		 * serves a page there that links to this version.
		 */
		formerVersions: z.array(z.string().regex(/^[0-9a-z.-]+$/, 'must be a version id')).optional(),
		approvedBy: z.enum(bodyKeys).optional(),
		approvedOn: isoDate.optional(),
		/** The body or forum the version was put before (status "presented"), as the source names it. */
		presentedTo: z.enum(bodyKeys).optional(),
		presentedOn: isoDate.optional(),
		inForceFrom: isoDate.optional(),
		inForceUntil: isoDate.optional(),
		/** Date the text was last checked to be up to date. */
		upToDateAsOf: isoDate.optional(),
		/** What changed in this version, in the page's language. */
		changeNote: z.string().min(1),
		/** Major or minor change compared with the previous version. */
		changeKind: z.enum(['major', 'minor']).default('major'),
		sources: z.array(sourceId).min(1, 'must name at least one source document'),
	})
	.strict()
	.superRefine((d, ctx) => {
		if ((d.status === 'approved' || d.status === 'in-force') && !(d.approvedBy && d.approvedOn)) {
			ctx.addIssue({
				code: 'custom',
				path: ['approvedBy'],
				message: `status "${d.status}" needs approvedBy and approvedOn`,
			});
		}
		if (
			d.status !== 'approved' &&
			d.status !== 'in-force' &&
			d.status !== 'superseded' &&
			(d.approvedBy || d.approvedOn)
		) {
			ctx.addIssue({
				code: 'custom',
				path: ['approvedBy'],
				message: `a "${d.status}" version has no approval: approvedBy and approvedOn go with approved, in-force or superseded`,
			});
		}
		if (d.status === 'presented' && !!d.presentedTo !== !!d.presentedOn) {
			ctx.addIssue({ code: 'custom', path: ['presentedTo'], message: 'presentedTo and presentedOn go together' });
		}
		if (d.status !== 'presented' && d.status !== 'superseded' && (d.presentedTo || d.presentedOn)) {
			ctx.addIssue({
				code: 'custom',
				path: ['presentedTo'],
				message: `presentedTo and presentedOn go with status "presented" (or "superseded"), not "${d.status}"`,
			});
		}
		if (d.inForceFrom && d.inForceUntil && d.inForceUntil < d.inForceFrom) {
			ctx.addIssue({ code: 'custom', path: ['inForceUntil'], message: 'is before inForceFrom' });
		}
	});

export type DocumentMeta = z.infer<typeof documentMetaSchema>;

/** What Starlight's docs schema is extended with. */
export const pageExtension = z.object({
	document: documentMetaSchema.optional(),
});
