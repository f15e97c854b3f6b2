/**
 * A polite live region's message (Preact hook; rendered by ./LiveRegion.tsx). Announcing the same
 * text twice in a row would not be read again, so a repeat is varied invisibly.
 */
import { useState } from 'preact/hooks';

/** The message to set after `prev` so that `text` is read even when it repeats. Pure. */
export function nextAnnouncement(prev: string, text: string): string {
	return text !== '' && prev === text ? `${text}\u00a0` : text;
}

export interface Announcer {
	message: string;
	announce: (text: string) => void;
	clear: () => void;
}

export function useAnnouncer(): Announcer {
	const [message, setMessage] = useState('');
	return {
		message,
		announce: (text) => setMessage((prev) => nextAnnouncement(prev, text)),
		clear: () => setMessage(''),
	};
}
