import { z } from 'astro/zod';

/** The site's own UI strings (besides Starlight's), in content/i18n/{fi,sv}.json. */
export const uiStringsExtension = z.object({
	'doc.status': z.string(),
	'doc.status.draft': z.string(),
	'doc.status.approved': z.string(),
	'doc.status.in-force': z.string(),
	'doc.status.superseded': z.string(),
	'doc.version': z.string(),
	'doc.approvedBy': z.string(),
	'doc.inForce': z.string(),
	'doc.upToDate': z.string(),
	'doc.changeNote': z.string(),
	'doc.sources': z.string(),
	'doc.metaLabel': z.string(),
	'footer.coordinator': z.string(),
	'footer.accessibility': z.string(),
	'footer.about': z.string(),
	'footer.privacy': z.string(),
	'aside.note': z.string(),
	'aside.tip': z.string(),
	'aside.caution': z.string(),
	'aside.danger': z.string(),
	'heading.anchorLabel': z.string(),
});
