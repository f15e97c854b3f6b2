/**
 * The comparison page's table filter, as pure functions (the component's script applies them):
 * a row matches when any of its columns contains the query, ignoring case and accents, and the
 * status line says how many rows show or that none matches.
 */

/** Lower case without diacritics, so that "aland" finds "Åland" and "pohjanmaa" finds "Pohjanmaa". */
export function fold(s: string): string {
	return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ');
}

/** Does a row whose columns' text is `cells` match the query? An empty query matches every row. */
export function rowMatches(cells: readonly string[], query: string): boolean {
	const q = fold(query.trim());
	return q === '' || cells.some((c) => fold(c).includes(q));
}

export interface FilterTemplates {
	/** With {shown} and {total}. */
	count: string;
	/** With {query}. */
	none: string;
}

/** The status line after filtering: empty for an empty query, the "none" text when nothing matches. */
export function filterStatus(t: FilterTemplates, query: string, shown: number, total: number): string {
	const q = query.trim();
	if (q === '') return '';
	if (shown === 0) return t.none.replace('{query}', q);
	return t.count.replace('{shown}', String(shown)).replace('{total}', String(total));
}
