/**
 * The island's data with the rules its address asks for (`rules=`, ./rules-version.ts), as a
 * Preact hook. Hydration must match the server's HTML, the first step under the current rules, so
 * the first render uses the server's data. The address is read when the island starts; once it
 * runs, the notice follows, and for another version's rules (a result shared under older rules)
 * the self-check is rendered afresh with those rules (the caller keys it by `rulesVersion`) from
 * the address as it came: the self-check of the first render may already have rewritten it under
 * the current rules (its own effects run before this hook's).
 */
import { useEffect, useState } from 'preact/hooks';
import { readIslandData } from './island-data';
import type { LocalGrantCheck } from './localize';
import { withRulesFromAddress } from './rules-version';

export function useRulesFromAddress(dataId: string): LocalGrantCheck | null {
	const [initial] = useState(() => readIslandData(dataId));
	const [selected] = useState(() => withRulesFromAddress(initial));
	const [address] = useState(() => (typeof location === 'undefined' ? '' : location.pathname + location.search));
	const [started, setStarted] = useState(false);
	useEffect(() => {
		if (selected?.rulesVersion !== initial?.rulesVersion) history.replaceState(history.state, '', address);
		setStarted(true);
	}, []);
	return started ? selected : initial;
}
