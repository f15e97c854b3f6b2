export const usualPaths: string[];
export function findChromium(
	env?: Record<string, string | undefined>,
	exists?: (path: string) => boolean,
): string | null;
export function ensureChromium(): string;
