/**
 * The addresses of the parallel view (docs/parallel-view.md): every document at
 * /<slug>/rinnakkain/ and every version at /<slug>/<version>/rinnakkain/, with /sv/ in front for
 * the Swedish page. Pure: works on the version index (src/versions/model.ts).
 */
import type { Lang } from '~/i18n/lang';
import { type DocHistory, type DocVersion, historyOf, langPrefix } from '~/versions/model';

/** The last path segment of a parallel view; no version may be called this. */
export const parallelSegment = 'rinnakkain';

/** The parallel view of a document (its current version) or of one version of it. */
export const parallelUrl = (slug: string, lang: Lang, version?: string): string =>
	`${langPrefix(lang)}/${slug}/${version ? `${version}/` : ''}${parallelSegment}/`;

export interface ParallelPage {
	/** The page's address, e.g. "/sv/tiekartta/2024-05/rinnakkain/". */
	url: string;
	/** The page's language: its chrome, and which column comes first. */
	lang: Lang;
	/** The same version in both languages. */
	versions: Record<Lang, DocVersion>;
	/** Where each column's text is cited from: the stable address, or the version's permanent one. */
	citeBase: Record<Lang, string>;
	/** For the page at /<slug>/rinnakkain/: the view of the current version. */
	isStable: boolean;
	history: DocHistory;
}

/** Every parallel view page: for each document and language, the stable one and one per version. */
export function parallelPages(index: readonly DocHistory[]): ParallelPage[] {
	const clash = index.flatMap((h) => h.versions).find((v) => v.version === parallelSegment);
	if (clash) {
		throw new Error(`${clash.entryId}: the version "${parallelSegment}" is reserved for the parallel view`);
	}
	return index.flatMap((history) => {
		const other = historyOf(index, history.docId, history.lang === 'fi' ? 'sv' : 'fi');
		if (!other) return [];
		const page = (version: DocVersion, isStable: boolean): ParallelPage[] => {
			const counterpart = other.versions.find((v) => v.version === version.version);
			if (!counterpart) return [];
			const versions = { [history.lang]: version, [other.lang]: counterpart } as Record<Lang, DocVersion>;
			const base = (v: DocVersion) => (isStable ? v.url : v.permalink);
			return [
				{
					url: parallelUrl(history.slug, history.lang, isStable ? undefined : version.version),
					lang: history.lang,
					versions,
					citeBase: { fi: base(versions.fi), sv: base(versions.sv) },
					isStable,
					history,
				},
			];
		};
		return [...page(history.current, true), ...history.versions.flatMap((v) => page(v, false))];
	});
}

/** The parallel view of the version shown at a document address (stable or permanent). */
export function parallelUrlOf(version: DocVersion, atStableAddress: boolean): string {
	return parallelUrl(version.slug, version.lang, atStableAddress ? undefined : version.version);
}
