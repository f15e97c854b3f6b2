/**
 * Links to sections of the site's pages ("/periaatteet/#liite-1-avustusohje"): resolved against the
 * pages' headings and validated, so a link in content/data to a page or heading that does not exist
 * fails the build with a message naming the link. One resolver, used at build time by the grant
 * self-check, the cooperation-model picker and the annual cycle (with the pages read from the
 * content collection: ./sections-content.ts) and by their unit tests (with the pages read from the
 * MDX files: ./content-files.ts). Pure: pages come from the loader it is given.
 */
import GithubSlugger from 'github-slugger';

/** A page as the resolver sees it: its title and its headings by id. */
export interface SectionPage {
	readonly title: string;
	/** Heading id → the heading's text. */
	readonly headings: ReadonlyMap<string, string>;
}

/** Reads a page by its entry id in the docs collection ("periaatteet", "sv/periaatteet"); undefined if there is none. */
export type PageLoader = (entryId: string) => Promise<SectionPage | undefined>;

/** A resolved link: the page title, the heading its anchor points to, and the label the site shows. */
export interface Section {
	readonly href: string;
	readonly title: string;
	readonly heading?: string;
	/** "Title: Heading", or the title for a link to a whole page. */
	readonly label: string;
}

/**
 * The ids Astro gives a page's headings, in order: github-slugger, as Astro's Markdown and MDX
 * pipeline uses it (lowercase, punctuation dropped, spaces to hyphens, "-1", "-2" for repeats).
 */
export function headingIds(texts: readonly string[]): Map<string, string> {
	const slugger = new GithubSlugger();
	return new Map(texts.map((text) => [slugger.slug(text), text]));
}

/** The docs-collection entry of a page address: "/sv/periaatteet/#x" → "sv/periaatteet", "/" → "index". */
export function entryIdOf(href: string): string {
	const path = (href.split('#')[0] ?? '').replace(/^\/|\/$/g, '');
	return path === '' ? 'index' : path === 'sv' ? 'sv/index' : path;
}

/**
 * A resolver of section links. `owner` names the data in error messages ("Grant self-check data").
 * Each page is loaded once.
 */
export function sectionResolver(load: PageLoader, owner: string): (href: string) => Promise<Section> {
	const pages = new Map<string, Promise<SectionPage | undefined>>();
	return async (href) => {
		const [path = '', anchor] = href.split('#');
		const id = entryIdOf(path);
		let page = pages.get(id);
		if (!page) {
			page = load(id);
			pages.set(id, page);
		}
		const target = await page;
		if (!target) throw new Error(`${owner} links to ${href}, but there is no such page (content/docs/${id}.mdx).`);
		if (anchor === undefined) return { href, title: target.title, label: target.title };
		const heading = target.headings.get(anchor);
		if (heading === undefined) {
			throw new Error(`${owner} links to ${href}, but ${path} has no heading with the id "${anchor}".`);
		}
		return { href, title: target.title, heading, label: `${target.title}: ${heading}` };
	};
}
