/**
 * The pages of the docs collection for the section resolver (./sections.ts), at build time: title
 * and headings as Astro renders them, so the ids are exactly the ones on the built pages.
 */
import { getEntry, render } from 'astro:content';
import type { PageLoader } from './sections';

export const contentPages: PageLoader = async (entryId) => {
	const entry = await getEntry('docs', entryId);
	if (!entry) return undefined;
	const { headings } = await render(entry);
	return { title: entry.data.title, headings: new Map(headings.map((h) => [h.slug, h.text])) };
};
