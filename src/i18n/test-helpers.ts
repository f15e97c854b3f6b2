/** Shared helpers for unit tests of bilingual data (not shipped). */

/**
 * Every `{ fi, sv }` pair anywhere in a value, with its path ("$.goals[2].text"); an object with
 * `fi` or `sv` and other keys counts, and its other keys are searched too.
 */
export function bilingualPairs(value: unknown, path = '$'): { path: string; fi: unknown; sv: unknown }[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => bilingualPairs(v, `${path}[${i}]`));
	if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		const own = 'fi' in o || 'sv' in o ? [{ path, fi: o['fi'], sv: o['sv'] }] : [];
		return [
			...own,
			...Object.entries(o)
				.filter(([k]) => k !== 'fi' && k !== 'sv')
				.flatMap(([k, v]) => bilingualPairs(v, `${path}.${k}`)),
		];
	}
	return [];
}
