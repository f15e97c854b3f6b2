/**
 * The question tools' answers in the address: one contract for every tool (docs/adr/0800-question-kit.md).
 * Pure: works on strings, no DOM.
 *
 * - A tool owns some parameter keys (its question keys, its step key); every other parameter is
 *   someone else's (a campaign tag, a search term) and is kept as it was, before the tool's own.
 * - A query longer than MAX_QUERY_LENGTH, or one that cannot be parsed, is not read at all: the
 *   tool starts blank. Values are never passed on as they came in: each tool compares them with
 *   its data's own ids.
 * - A new step (a new screen) gets a new history entry, so Back returns to the previous question;
 *   a change within a step replaces the entry (each ticked box is not a page to go back to).
 */

/** Longer queries are not read at all (a real one is well under 600 characters). */
export const MAX_QUERY_LENGTH = 2000;

/** How a change is written into the browser's history. */
export type HistoryMode = 'push' | 'replace';

/** The parameters of a query (with or without "?"); empty when it is not a string, too long or malformed. */
export function queryParams(search: unknown): URLSearchParams {
	if (typeof search !== 'string' || search.length > MAX_QUERY_LENGTH) return new URLSearchParams();
	try {
		return new URLSearchParams(search);
	} catch {
		return new URLSearchParams();
	}
}

/**
 * The query for the tool's own part (`own`, e.g. "needs=a,b&money=no", with or without "?") with
 * the other parameters of `current` kept before it: "" when nothing is left, else "?…". The tool's
 * keys (`ownKeys` and any key in `own`) are dropped from `current`: the new answers replace them.
 * An unreadable `current` keeps nothing.
 */
export function mergeQuery(current: unknown, ownKeys: Iterable<string>, own: string): string {
	const others = queryParams(current);
	const mine = own.replace(/^\?/, '');
	// Every key the tool writes is its own too, even one it forgot to declare.
	for (const key of [...ownKeys, ...new URLSearchParams(mine).keys()]) others.delete(key);
	const query = [others.toString(), mine].filter(Boolean).join('&');
	return query ? `?${query}` : '';
}

/**
 * The history entry to write for the tool's new query, or null when the address would not change
 * (a repeated entry would make Back do nothing).
 */
export function historyWrite(
	current: string,
	ownKeys: Iterable<string>,
	own: string,
	mode: HistoryMode,
): { search: string; mode: HistoryMode } | null {
	const search = mergeQuery(current, ownKeys, own);
	return search === current ? null : { search, mode };
}
