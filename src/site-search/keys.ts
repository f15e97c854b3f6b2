/**
 * Keyboard rules of the site search, as pure functions (no DOM): which key press opens the
 * dialog, and where the arrow keys move among the results.
 */
import { indexOnlyMeta } from '~/config/pagefind';

export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	/** The key was pressed while typing (an input, a text area, a select or editable text has focus). */
	typing: boolean;
}

/** Ctrl+K / Cmd+K toggles the dialog anywhere; "/" opens it when the person is not typing. */
export function searchShortcut(e: KeyPress): 'toggle' | 'open' | null {
	if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') return 'toggle';
	if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.typing) return 'open';
	return null;
}

/**
 * The next focus among the search input (index -1) and `count` result links (0…count-1) for an
 * arrow key, Home or End; null when the key does not move. Down from the input goes to the first
 * result, Up from the first result back to the input; the ends do not wrap.
 */
export function nextResult(current: number, count: number, key: string): number | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowDown':
			return Math.min(current + 1, count - 1);
		case 'ArrowUp':
			return current <= 0 ? -1 : current - 1;
		case 'Home':
			return current < 0 ? null : 0;
		case 'End':
			return current < 0 ? null : count - 1;
		default:
			return null;
	}
}

/** Pagefind metadata that is for the index only and never shown in a result (src/config/pagefind.ts). */
export const hiddenMeta: readonly string[] = Object.keys(indexOnlyMeta);

/** A result's metadata without the index-only keys. */
export function visibleMeta(meta: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(meta).filter(([k]) => !hiddenMeta.includes(k)));
}
