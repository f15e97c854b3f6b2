/**
 * Back to the same place in a tool's result. When a person follows a link out of an island's
 * result and comes back with the browser's Back button, the page is loaded again from its address
 * (the answers are in the URL), the island renders the result after hydration, and the browser's
 * own scroll restoration has already run against the shorter first step. This remembers, in the
 * history entry's state (never stored anywhere else), where the person was and which link they
 * followed, and restores both once the result is rendered again.
 *
 * Wiring (one line in an island, after the result has rendered):
 *   useReturnPosition(rootRef, resultShown);
 * `rootRef` is the island's outer element; `resultShown` is true once the result is in the DOM.
 * Other history state (e.g. set by replaceState when answers change) is kept.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

const KEY = 'returnPosition';

/** What is kept in history.state[KEY]. */
export interface ReturnPosition {
	scrollY: number;
	/** Index of the followed link among the root's links with an href. */
	link: number;
}

/** Reads a saved position from a history state value; anything malformed gives null. */
export function readReturnPosition(state: unknown): ReturnPosition | null {
	if (!state || typeof state !== 'object') return null;
	const saved = (state as Record<string, unknown>)[KEY];
	if (!saved || typeof saved !== 'object') return null;
	const { scrollY, link } = saved as Record<string, unknown>;
	if (typeof scrollY !== 'number' || !Number.isFinite(scrollY) || scrollY < 0) return null;
	if (typeof link !== 'number' || !Number.isInteger(link) || link < 0) return null;
	return { scrollY, link };
}

/** The state with the position set (or removed with `null`), other keys kept. */
export function withReturnPosition(state: unknown, position: ReturnPosition | null): Record<string, unknown> {
	const base = state && typeof state === 'object' ? { ...(state as Record<string, unknown>) } : {};
	if (position) base[KEY] = position;
	else delete base[KEY];
	return base;
}

function links(root: HTMLElement): HTMLAnchorElement[] {
	return [...root.querySelectorAll<HTMLAnchorElement>('a[href]')];
}

/** Saves the position when a link inside `root` is followed. Returns the clean-up. */
export function rememberOnLeave(root: HTMLElement): () => void {
	const onClick = (event: MouseEvent) => {
		const link = (event.target as Element | null)?.closest?.('a[href]');
		if (!(link instanceof HTMLAnchorElement) || !root.contains(link)) return;
		// Links within the page (#…) are not leaving it.
		if (link.getAttribute('href')?.startsWith('#')) return;
		const position = { scrollY: window.scrollY, link: links(root).indexOf(link) };
		window.history.replaceState(withReturnPosition(window.history.state, position), '');
	};
	root.addEventListener('click', onClick);
	return () => root.removeEventListener('click', onClick);
}

/** Restores a saved position (scroll, then focus on the followed link) and forgets it. */
export function restorePosition(root: HTMLElement): boolean {
	const saved = readReturnPosition(window.history.state);
	if (!saved) return false;
	window.history.replaceState(withReturnPosition(window.history.state, null), '');
	links(root)[saved.link]?.focus({ preventScroll: true });
	window.scrollTo(0, saved.scrollY);
	return true;
}

/** Preact hook: remember on leaving, restore once `ready` (the result is rendered). */
export function useReturnPosition(root: RefObject<HTMLElement>, ready: boolean): void {
	useEffect(() => {
		if (!root.current) return;
		return rememberOnLeave(root.current);
	}, [root]);
	useEffect(() => {
		if (ready && root.current) restorePosition(root.current);
	}, [ready, root]);
}
