/**
 * Focus after a step change: a tool asks for a target ("the result heading", "the first choice")
 * in an event handler, and focus moves after the render that shows it. The request stays pending
 * until its target exists (effects of an earlier render may run first when the browser is slow).
 */
import { useEffect, useRef } from 'preact/hooks';

interface Focusable {
	focus: () => void;
}

/** Focuses the pending request's target if it exists; returns what is still pending. Pure but for `focus`. */
export function flushFocus<K>(pending: K | null, resolve: (key: K) => Focusable | null | undefined): K | null {
	if (pending === null) return null;
	const target = resolve(pending);
	if (!target) return pending;
	target.focus();
	return null;
}

/** Returns `request(key)`; `resolve` maps a key to its element once rendered. */
export function useFocusRequest<K>(resolve: (key: K) => Focusable | null | undefined): (key: K) => void {
	const pending = useRef<K | null>(null);
	useEffect(() => {
		pending.current = flushFocus(pending.current, resolve);
	});
	return (key) => {
		pending.current = key;
	};
}
