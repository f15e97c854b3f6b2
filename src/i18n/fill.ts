/**
 * Fills "{name}" placeholders in a text with values; a placeholder whose value is not a string or a
 * number (missing, `undefined`, a boolean) is left as it is, so a mistake shows instead of
 * "undefined". Pure, no zod: islands import it.
 */
export function fill(
	template: string,
	values: { readonly [key: string]: string | number | boolean | undefined },
): string {
	return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => {
		const value = Object.hasOwn(values, key) ? values[key] : undefined;
		return typeof value === 'string' || typeof value === 'number' ? String(value) : placeholder;
	});
}
