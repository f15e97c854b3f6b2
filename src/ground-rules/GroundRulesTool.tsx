/**
 * The ground-rules tool (Preact island): go through the checklist's four themes, mark what is in
 * place, note who sees to each commitment and by when, and get "our ground rules" to print or to
 * copy as text. Several named lists live in the same browser, and a list can be saved as a file and
 * imported elsewhere (ListBar.tsx). Thin: the wording and the checklist come in as props
 * (./texts.ts); list and state changes and storage parsing are pure (./lists.ts, ./state.ts);
 * storage is ./use-stored-lists.ts; the live region, focus and the no-JavaScript switch are the
 * question kit's (src/question-kit/).
 * Parts: ListBar, Names, ThemeSection, Summary (what prints), TextCopy.
 * Rendered by src/components/ground-rules/GroundRulesTool.astro in the question kit's wrapper, with the
 * plain checklist as the fallback without JavaScript.
 *
 * No long task and no layout shift at start (docs/adr/0411): the first view (lists, names, the
 * first theme: more than a phone's or a laptop's screen) is rendered on the server with an empty
 * list, so hydration adds no DOM and is short. The stored lists are read after hydration and fill
 * in the values; the other themes, the summary and the text copy follow one per task, below the
 * screen, so nothing in view moves.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fill } from '~/i18n/fill';
import { formatDate, isoDate } from '~/lib/dates';
import { useAnnouncer } from '~/question-kit/announcer';
import { useFocusRequest } from '~/question-kit/focus-request';
import { LiveRegion } from '~/question-kit/LiveRegion';
import { useToolRunning } from '~/question-kit/use-tool-running';
import { ListBar } from './ListBar';
import { activeList, type Lists, updateActive } from './lists';
import { Names } from './Names';
import { Summary } from './Summary';
import { emptyState, type KnownIds, progress, type ToolState } from './state';
import { TextCopy } from './TextCopy';
import { ThemeSection } from './ThemeSection';
import type { GroundRulesToolProps } from './texts';
import { useStoredLists } from './use-stored-lists';

export default function GroundRulesTool(props: GroundRulesToolProps) {
	const { ui, themes } = props;
	const known: KnownIds = useMemo(
		() => ({
			items: themes.flatMap((t) => t.sides.flatMap((s) => s.items.map((i) => i.id))),
			themes: themes.map((t) => t.id),
		}),
		[themes],
	);

	const rootRef = useRef<HTMLDivElement>(null);
	const { mounted, lists, notice, change } = useStoredLists(known);
	/**
	 * How many parts are rendered: 1…n = themes (the first is rendered on the server), n+1 = the
	 * summary, n+2 = the text copy.
	 */
	const [parts, setParts] = useState(1);
	const [undoState, setUndoState] = useState<ToolState | null>(null);
	const { message, announce } = useAnnouncer();
	/** Focus moves to an element (by id) after the render that follows a change. */
	const requestFocus = useFocusRequest((id: string) => document.getElementById(id));
	useToolRunning(rootRef, mounted);

	// The rest one part per task after the stored lists (see the note at the top).
	useEffect(() => {
		if (!mounted || parts > themes.length + 1) return;
		const timer = setTimeout(() => setParts((n) => n + 1), 0);
		return () => clearTimeout(timer);
	}, [mounted, parts, themes.length]);

	const setLists = (next: Lists) => {
		setUndoState(null);
		change(next);
	};
	// Stable, so that memoised theme sections re-render only when the list changes.
	const changeActive = useCallback(
		(next: (s: ToolState) => ToolState) => {
			setUndoState(null);
			change((l) => updateActive(l, next));
		},
		[change],
	);
	const nameOf = (l: Lists, id: string) => {
		const i = l.lists.findIndex((x) => x.id === id);
		const list = l.lists[i];
		return list?.name.trim() || list?.state.unit.trim() || fill(ui.defaultListName, { n: i + 1 });
	};
	const today = useMemo(
		// Not toLocaleDateString: its first call sets up Intl, a long task on a phone (ADR 0411).
		() => (mounted ? formatDate(isoDate(new Date()), props.lang) : ''),
		[mounted, props.lang],
	);

	const state = activeList(lists).state;

	const clearAll = () => {
		setUndoState(state);
		change((l) => updateActive(l, () => emptyState()));
		announce(ui.cleared);
	};

	const undo = () => {
		if (!undoState) return;
		change((l) => updateActive(l, () => undoState));
		setUndoState(null);
		announce(ui.undone);
		requestFocus('gr-clear');
	};

	return (
		<div ref={rootRef} class="gr-tool qk-island">
			<div class="gr-form">
				<p class="gr-privacy">{ui.privacy}</p>
				{notice && (
					<p class={`qk-note gr-notice gr-notice--${notice}`} data-notice={notice}>
						{ui[notice]}
					</p>
				)}
				<ListBar
					lists={lists}
					known={known}
					ui={ui}
					filePrefix={props.filePrefix}
					setLists={setLists}
					say={announce}
					focus={requestFocus}
					nameOf={nameOf}
				/>
				<Names state={state} ui={ui} change={changeActive} />
				<p class="gr-progress" id="gr-progress">
					{fill(ui.progress, progress(state, known.items))}
				</p>

				{themes.slice(0, parts).map((theme) => (
					<ThemeSection key={theme.id} theme={theme} state={state} ui={ui} change={changeActive} />
				))}

				<div class="qk-actions gr-actions">
					<button type="button" id="gr-clear" class="qk-button qk-button--secondary" onClick={clearAll}>
						{ui.clear}
					</button>
					{undoState && (
						<button type="button" class="qk-button qk-button--secondary" onClick={undo}>
							{ui.undo}
						</button>
					)}
				</div>
			</div>

			{parts > themes.length && (
				<>
					<Summary
						themes={themes}
						itemIds={known.items}
						state={state}
						ui={ui}
						exportTexts={props.exportTexts}
						today={today}
					/>
					{parts > themes.length + 1 && (
						<TextCopy themes={themes} state={state} ui={ui} exportTexts={props.exportTexts} say={announce} />
					)}
				</>
			)}

			<LiveRegion message={message} class="gr-status" />
		</div>
	);
}
