/**
 * Machine-readable metadata of a document version for the page's head: schema.org JSON-LD
 * (a `DigitalDocument` with its version, status, dates and publisher, the other language's text
 * of the same version, and the document it is a version of: its stable address, the version shown
 * there and every version). Pure. Typed with schema-dts, Google's TypeScript types of the
 * schema.org vocabulary, so a property or type schema.org does not have fails the type check.
 */
import type { DigitalDocument, WithContext } from 'schema-dts';
import { county } from '~/config/county';
import type { DocumentStatus } from '~/schema/document';
import type { DocHistory, DocVersion } from './model';

/** How each status reads in `creativeWorkStatus` (schema.org gives no fixed list; these are plain words). */
export const statusWords: Record<DocumentStatus, string> = {
	draft: 'Draft',
	presented: 'Presented',
	approved: 'Approved',
	'in-force': 'In force',
	superseded: 'Superseded',
};

const abs = (path: string): string => new URL(path, `${county.siteUrl.replace(/\/$/, '')}/`).href;

export function documentJsonLd(
	version: DocVersion,
	history: DocHistory,
	other: DocHistory | undefined,
): WithContext<DigitalDocument> {
	const m = version.meta;
	const translation = other?.versions.find((v) => v.version === version.version);
	const validFrom = m.inForceFrom;
	return {
		'@context': 'https://schema.org',
		'@type': 'DigitalDocument',
		'@id': abs(version.permalink),
		url: abs(version.permalink),
		name: version.title,
		description: version.description,
		inLanguage: version.lang,
		version: version.version,
		creativeWorkStatus: statusWords[m.status],
		...(m.approvedOn && (m.status === 'approved' || m.status === 'in-force') ? { datePublished: m.approvedOn } : {}),
		...(m.upToDateAsOf ? { dateModified: m.upToDateAsOf } : {}),
		...(validFrom ? { temporalCoverage: `${validFrom}/${m.inForceUntil ?? '..'}` } : {}),
		publisher: { '@type': 'GovernmentOrganization', name: county.name[version.lang].nominative, url: county.siteUrl },
		// The other language's text of the same version (both are equal language versions).
		...(translation ? { workTranslation: { '@id': abs(translation.permalink), inLanguage: translation.lang } } : {}),
		exampleOfWork: {
			'@type': 'DigitalDocument',
			'@id': abs(history.current.stableUrl),
			url: abs(history.current.stableUrl),
			name: history.current.title,
			// The version shown at the stable address, and every version.
			version: history.current.version,
			workExample: history.versions.map((v) => ({ '@id': abs(v.permalink), version: v.version })),
		},
	};
}

/** The JSON-LD as the content of a <script type="application/ld+json"> (no "</script>" can close it early). */
export function jsonLdScript(data: object): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
