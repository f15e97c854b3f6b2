/**
 * The ground-rules tool's lists in the browser's localStorage (Preact hook): read once after
 * hydration (version 1 is migrated on the first change), saved after each change the user makes
 * (not on load: unreadable data stays until replaced). If storage is not available the tool works
 * while the page is open, and says so. Parsing is pure (./lists.ts, ./state.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { initialLists, LISTS_STORAGE_KEY, type Lists, listsAreEmpty, parseStoredLists, serializeLists } from './lists';
import { type KnownIds, STORAGE_KEY } from './state';

export type LoadNotice = 'restored' | 'corrupt' | 'skipped' | 'storageUnavailable' | null;

function readStorage(): { v2: string | null; v1: string | null; available: boolean } {
	try {
		const s = window.localStorage;
		return { v2: s.getItem(LISTS_STORAGE_KEY), v1: s.getItem(STORAGE_KEY), available: true };
	} catch {
		return { v2: null, v1: null, available: false };
	}
}

export function useStoredLists(known: KnownIds) {
	const dirty = useRef(false);
	const [mounted, setMounted] = useState(false);
	const [lists, setListsState] = useState<Lists>(initialLists);
	const [notice, setNotice] = useState<LoadNotice>(null);
	const [storageOk, setStorageOk] = useState(true);

	useEffect(() => {
		const { v2, v1, available } = readStorage();
		const result = parseStoredLists(v2, v1, known);
		setListsState(result.lists);
		setStorageOk(available);
		if (!available) setNotice('storageUnavailable');
		else if (result.status === 'corrupt') setNotice('corrupt');
		else if (result.status === 'ok' && result.skipped > 0) setNotice('skipped');
		else if (result.status === 'ok') setNotice('restored');
		setMounted(true);
	}, []);

	useEffect(() => {
		if (!mounted || !dirty.current || !storageOk) return;
		try {
			const storage = window.localStorage;
			if (listsAreEmpty(lists)) storage.removeItem(LISTS_STORAGE_KEY);
			else storage.setItem(LISTS_STORAGE_KEY, serializeLists(lists));
			// Version 1 has been carried over into version 2.
			storage.removeItem(STORAGE_KEY);
		} catch {
			setStorageOk(false);
			setNotice('storageUnavailable');
		}
	}, [lists, mounted, storageOk]);

	/** A change the user made (it is saved). Stable, so memoised parts re-render only on change. */
	const change = useCallback((next: Lists | ((l: Lists) => Lists)) => {
		dirty.current = true;
		setListsState(next);
	}, []);

	return { mounted, lists, notice, change };
}
