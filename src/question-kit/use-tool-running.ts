/**
 * Marks the tool's wrapper (`[data-question-tool]`) with `data-enhanced` once the island runs.
 * Which of island and fallback shows is decided by CSS from `html[data-js]` before the first paint
 * (./tool.css); this later mark is for what needs the island to be running, such as a print
 * layout that prints only the island's result.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

export function useToolRunning(root: RefObject<HTMLElement>, running = true): void {
	useEffect(() => {
		if (running) root.current?.closest('[data-question-tool]')?.setAttribute('data-enhanced', '');
	}, [running]);
}
