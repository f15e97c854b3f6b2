/**
 * The island's data with the rules its address asks for (`rules=`, ./rules-version.ts), as a
 * Preact hook. The address is read once, when the island starts, before any effect rewrites it.
 * Hydration must match the server's HTML (the first step under the current rules): with the
 * current rules' model the first render is the server's data and the notice follows after
 * hydration; with another version's rules (a result shared under older rules) nothing is
 * hydrated and the island renders afresh with those rules once it runs.
 */
import { useEffect, useState } from 'preact/hooks';
import { readIslandData } from './island-data';
import type { LocalGrantCheck } from './localize';
import { withRulesFromAddress } from './rules-version';

export function useRulesFromAddress(dataId: string): LocalGrantCheck | null {
	const [initial] = useState(() => readIslandData(dataId));
	const [selected] = useState(() => withRulesFromAddress(initial));
	const [started, setStarted] = useState(false);
	useEffect(() => setStarted(true), []);
	if (started) return selected;
	return selected?.rulesVersion === initial?.rulesVersion ? initial : null;
}
