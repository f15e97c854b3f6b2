/**
 * The zod schemas of bilingual data (content/data): a text in both languages and a link to a page
 * of the site in both languages. Build time only (zod must not reach the browser: islands import
 * types, from ./lang).
 */
import { z } from 'astro/zod';
import type { Lang } from './lang';

/** A text in both of the site's languages; neither may be empty or only spaces. */
export const bilingual = z
	.object({
		fi: z.string().trim().min(1, 'Finnish text is missing'),
		sv: z.string().trim().min(1, 'Swedish text is missing'),
	})
	.strict();

/**
 * A root-relative address of a page of the site, with its trailing slash, optionally with an
 * anchor: "/periaatteet/", "/tiekartta/2023-03/", "/sv/periaatteet/#bilaga-1-understödsanvisning".
 */
export const pageHrefPattern = /^\/([a-z0-9-]+\/)+(#[^\s#]+)?$/;

const pageHref = (lang: Lang) =>
	z
		.string()
		.regex(pageHrefPattern, 'must be root-relative with a trailing slash, e.g. /malli/ or /malli/#anchor')
		// A regex, not a refinement, so that the published JSON Schemas (src/open-data) say it too.
		.regex(
			lang === 'sv' ? /^\/sv\// : /^\/(?!sv\/)/,
			lang === 'sv' ? 'a Swedish link must start with /sv/' : 'a Finnish link must not start with /sv/',
		);

/** A link to a page of the site (or a section of it) in both languages: the Swedish one under /sv/. */
export const bilingualHref = z.object({ fi: pageHref('fi'), sv: pageHref('sv') }).strict();

/**
 * The one shape of a wording file (docs/data-and-languages.md): flat, a `{ fi, sv }` text for each
 * key, an optional `$comment` for maintainers, and named `groups` where a set of texts is picked by
 * a value (e.g. `timesPerYear`) or links sit beside the texts.
 */
export function wordingSchema<K extends string, G extends z.ZodRawShape = Record<never, never>>(
	keys: readonly K[],
	groups?: G,
) {
	const texts = Object.fromEntries(keys.map((k) => [k, bilingual])) as Record<K, typeof bilingual>;
	return z.object({ $comment: z.string().optional(), ...texts, ...(groups as G) }).strict();
}
