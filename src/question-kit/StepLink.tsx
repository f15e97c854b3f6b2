/**
 * A link to another state of a tool: a plain click moves within the island, and it still works as
 * a link (open in a new tab, copy the address) because its href is that state's address.
 */
import type { ComponentChildren } from 'preact';

interface ClickLike {
	button: number;
	metaKey: boolean;
	ctrlKey: boolean;
	shiftKey: boolean;
	altKey: boolean;
}

/** A primary-button click with no modifier key (the others open tabs and windows). Pure. */
export function isPlainClick(e: ClickLike): boolean {
	return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

export function StepLink(p: { href: string; onFollow: () => void; class?: string; children: ComponentChildren }) {
	return (
		<a
			class={p.class}
			href={p.href}
			onClick={(e) => {
				if (!isPlainClick(e)) return;
				e.preventDefault();
				p.onFollow();
			}}
		>
			{p.children}
		</a>
	);
}
