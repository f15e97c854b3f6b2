/**
 * The ground-rules tool (Preact island): go through the checklist's four themes, mark what is in
 * place, note who sees to each commitment and by when, and get "our ground rules" to print or to
 * copy as text. Several named lists live in the same browser, and a list can be saved as a file and
 * imported elsewhere (ListBar.tsx). Thin: the wording and the checklist come in as props
 * (./texts.ts); list and state changes and storage parsing are pure (./lists.ts, ./state.ts).
 * Parts: ListBar, ThemeSection, Summary (what prints), TextCopy.
 * Rendered by src/components/checklist/ChecklistTool.astro, which also renders the plain checklist
 * as the fallback without JavaScript; once this island is running it marks the wrapper
 * `data-enhanced` and the fallback is hidden.
 *
 * No long task at start: after hydration the form is rendered one part at a time (the names, then
 * each theme, the summary, the text), each in its own task, so the main thread is never
 * blocked for long and the first theme is usable at once.
 *
 * Storage: localStorage only, under LISTS_STORAGE_KEY (version 2; version 1 is migrated). Unreadable
 * stored data gives a clear message and an empty list (never a crash), and is replaced only when
 * the user makes a change. If storage is not available, the tool works while the page is open.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fill } from './fill';
import { ListBar } from './ListBar';
import {
	activeList,
	initialLists,
	LISTS_STORAGE_KEY,
	type Lists,
	listsAreEmpty,
	parseStoredLists,
	serializeLists,
	updateActive,
} from './lists';
import { Summary } from './Summary';
import { emptyState, type KnownIds, progress, STORAGE_KEY, setNames, type ToolState } from './state';
import { TextCopy } from './TextCopy';
import { ThemeSection } from './ThemeSection';
import type { ChecklistToolProps } from './texts';

type LoadNotice = 'restored' | 'corrupt' | 'skipped' | 'storageUnavailable' | null;

function readStorage(): { v2: string | null; v1: string | null; available: boolean } {
	try {
		const s = window.localStorage;
		return { v2: s.getItem(LISTS_STORAGE_KEY), v1: s.getItem(STORAGE_KEY), available: true };
	} catch {
		return { v2: null, v1: null, available: false };
	}
}

export default function ChecklistTool(props: ChecklistToolProps) {
	const { ui, themes } = props;
	const known: KnownIds = useMemo(
		() => ({
			items: themes.flatMap((t) => t.sides.flatMap((s) => s.items.map((i) => i.id))),
			themes: themes.map((t) => t.id),
		}),
		[themes],
	);

	const rootRef = useRef<HTMLDivElement>(null);
	const clearRef = useRef<HTMLButtonElement>(null);
	const dirty = useRef(false);
	const [mounted, setMounted] = useState(false);
	/** How many parts are rendered: 0 = names, 1…n = themes, n+1 = summary, n+2 = text. */
	const [parts, setParts] = useState(0);
	const [lists, setListsState] = useState<Lists>(initialLists);
	const [notice, setNotice] = useState<LoadNotice>(null);
	const [storageOk, setStorageOk] = useState(true);
	const [message, setMessage] = useState('');
	const [undoState, setUndoState] = useState<ToolState | null>(null);

	// Read the stored lists once, after hydration (version 1 is migrated on the first change).
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
		rootRef.current?.closest('[data-checklist-tool]')?.setAttribute('data-enhanced', '');
	}, []);

	// Render the rest one part per task (see the note at the top).
	useEffect(() => {
		if (!mounted || parts > themes.length + 1) return;
		const timer = setTimeout(() => setParts((n) => n + 1), 0);
		return () => clearTimeout(timer);
	}, [mounted, parts, themes.length]);

	// Save after each change the user makes (not on load: unreadable data stays until replaced).
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

	const setLists = (next: Lists) => {
		dirty.current = true;
		setUndoState(null);
		setListsState(next);
	};
	// Stable, so that memoised theme sections re-render only when the list changes.
	const change = useCallback((next: (s: ToolState) => ToolState) => {
		dirty.current = true;
		setUndoState(null);
		setListsState((l) => updateActive(l, next));
	}, []);
	const say = (text: string) => setMessage((prev) => (prev === text ? `${text}\u00a0` : text));
	const nameOf = (l: Lists, id: string) => {
		const i = l.lists.findIndex((x) => x.id === id);
		const list = l.lists[i];
		return list?.name.trim() || list?.state.unit.trim() || fill(ui.defaultListName, { n: i + 1 });
	};
	const today = useMemo(
		() => (mounted ? new Date().toLocaleDateString(props.lang === 'sv' ? 'sv-FI' : 'fi-FI') : ''),
		[mounted, props.lang],
	);

	if (!mounted) return <div ref={rootRef} class="gr-tool" />;

	const state = activeList(lists).state;
	const all = progress(state, known.items);

	const clearAll = () => {
		dirty.current = true;
		setUndoState(state);
		setListsState((l) => updateActive(l, () => emptyState()));
		say(ui.cleared);
	};

	const undo = () => {
		if (!undoState) return;
		dirty.current = true;
		setListsState((l) => updateActive(l, () => undoState));
		setUndoState(null);
		say(ui.undone);
		clearRef.current?.focus();
	};

	const nameField = (id: string, field: 'unit' | 'associations' | 'review', label: string, hint: string) => (
		<div class="gr-field">
			<label for={id}>{label}</label>
			<span class="gr-hint" id={`${id}-hint`}>
				{hint}
			</span>
			<input
				id={id}
				type="text"
				autocomplete="off"
				aria-describedby={`${id}-hint`}
				value={state[field]}
				onInput={(e) => change((s) => setNames(s, { [field]: e.currentTarget.value }))}
			/>
		</div>
	);

	return (
		<div ref={rootRef} class="gr-tool">
			<div class="gr-form">
				<p class="gr-privacy">{ui.privacy}</p>
				{notice && (
					<p class={`gr-notice gr-notice--${notice}`} data-notice={notice}>
						{ui[notice]}
					</p>
				)}
				<ListBar
					lists={lists}
					known={known}
					ui={ui}
					filePrefix={props.filePrefix}
					setLists={setLists}
					say={say}
					nameOf={nameOf}
				/>

				<h2 id="gr-names">{ui.namesHeading}</h2>
				<div class="gr-names">
					{nameField('gr-unit', 'unit', ui.unitLabel, ui.unitHint)}
					{nameField('gr-associations', 'associations', ui.associationsLabel, ui.associationsHint)}
					{nameField('gr-review', 'review', ui.reviewLabel, ui.reviewHint)}
				</div>
				<p class="gr-progress" id="gr-progress">
					{fill(ui.progress, all)}
				</p>

				{themes.slice(0, parts).map((theme) => (
					<ThemeSection key={theme.id} theme={theme} state={state} ui={ui} change={change} />
				))}

				{parts > themes.length && (
					<div class="gr-actions">
						<button type="button" class="gr-button gr-button--secondary" ref={clearRef} onClick={clearAll}>
							{ui.clear}
						</button>
						{undoState && (
							<button type="button" class="gr-button gr-button--secondary" onClick={undo}>
								{ui.undo}
							</button>
						)}
					</div>
				)}
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
						<TextCopy themes={themes} state={state} ui={ui} exportTexts={props.exportTexts} say={say} />
					)}
				</>
			)}

			<p class="gr-status" role="status" aria-live="polite">
				{message}
			</p>
		</div>
	);
}
