/**
 * The tool's one polite live region (role="status"): visually hidden by default (Starlight's `sr-only`), or a visible
 * status line when the tool passes its own class.
 */
export function LiveRegion({ message, class: cls = 'sr-only' }: { message: string; class?: string }) {
	return (
		<div class={cls} role="status" aria-live="polite" aria-atomic="true">
			{message}
		</div>
	);
}
