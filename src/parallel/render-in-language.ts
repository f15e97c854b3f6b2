/**
 * Renders a document's text in a language other than the page's (the parallel view's second column).
 * Astro renders a page's MDX content, and the components in it, before the page's own code can say
 * which language each part is in, and the components take their language from the request
 * (`locals.starlightRoute.lang`). So the second text is rendered apart, with Astro's container API
 * and locals in its own language (docs/adr/0700-parallel-view-second-language.md). Styles come with
 * the first text, which uses the same components.
 */
import { type CollectionEntry, render } from 'astro:content';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Lang } from '~/i18n/lang';

let container: Promise<AstroContainer> | undefined;

function getContainer(): Promise<AstroContainer> {
	container ??= AstroContainer.create().then((c) => {
		c.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
		return c;
	});
	return container;
}

/** The HTML of a docs entry's content, rendered as on a page in `lang`. */
export async function renderInLanguage(entry: CollectionEntry<'docs'>, lang: Lang): Promise<string> {
	const { Content } = await render(entry);
	// The components in documents read only the language from the route (see provisionalRoute).
	const locals = { starlightRoute: { lang, dir: 'ltr' } } as unknown as App.Locals;
	return (await getContainer()).renderToString(Content, { locals });
}
