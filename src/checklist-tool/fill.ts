/** Fills {placeholders} in a text; unknown placeholders are left as they are. Pure. */
export const fill = (template: string, values: Record<string, string | number>): string =>
	template.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));
