/**
 * The width of a header select (theme, language) that shows its longest option whole in the
 * page's language. Starlight fixes them (6.25em, 7em), which cut Finnish "Automaattinen" to
 * "Auto…" and "Svenska" to "Svens…". The text box is the width minus the icon and caret
 * (2.625rem); a character is about 0.6em.
 */
export function selectWidth(labels: readonly string[]): string {
	const longest = Math.max(...labels.map((l) => l.length));
	return `calc(${(longest * 0.6).toFixed(2)}em + 2.625rem)`;
}
