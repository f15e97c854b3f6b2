/**
 * The version index of the docs collection (Astro glue for src/versions/model.ts). Read once per
 * build; an inconsistent layout fails the build with every problem listed.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildVersionIndex, type DocHistory } from './model';

let cached: Promise<DocHistory[]> | undefined;

export type DocsEntry = CollectionEntry<'docs'>;

export function versionIndex(): Promise<DocHistory[]> {
	const load = async () =>
		buildVersionIndex(
			(await getCollection('docs'))
				.filter((e) => e.data.document)
				.map((e) => ({
					entryId: e.id,
					title: e.data.title,
					description: e.data.description ?? '',
					meta: e.data.document as NonNullable<DocsEntry['data']['document']>,
				})),
		);
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}

/** The collection entry of a version, by its entry id. */
export async function entryById(entryId: string): Promise<DocsEntry> {
	const entry = (await getCollection('docs')).find((e) => e.id === entryId);
	if (!entry) throw new Error(`No docs entry "${entryId}"`);
	return entry;
}

/**
 * Before <StarlightPage> renders a collection entry's content: MDX content propagates head content,
 * so Astro renders it before <StarlightPage> has set `locals.starlightRoute`. The components used
 * in documents read only `starlightRoute.lang` from it, so a provisional route with the page's
 * language is set first; <StarlightPage> then replaces it with the full route data.
 */
export function provisionalRoute(locals: App.Locals, lang: 'fi' | 'sv'): void {
	(locals as unknown as { starlightRoute: { lang: string; dir: string } }).starlightRoute = { lang, dir: 'ltr' };
}
