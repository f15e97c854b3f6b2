/**
 * The ground-rules tool (Preact island): go through the checklist's four themes, mark what is in
 * place, note who sees to each commitment and by when, and get "our ground rules" to print or to
 * copy as text. Thin: the wording and the checklist come in as props (src/checklist-tool/texts.ts);
 * state changes and storage parsing are pure functions (./state.ts), the text copy is ./markdown.ts.
 * Rendered by src/components/checklist/ChecklistTool.astro, which also renders the plain checklist
 * as the fallback without JavaScript; once this island is running it marks the wrapper
 * `data-enhanced` and the fallback is hidden.
 *
 * Storage: localStorage only, under props.storageKey (versioned). Unreadable stored data gives a
 * clear message and an empty list (never a crash), and is replaced only when the user makes a
 * change. If storage is not available, the tool works for as long as the page is open.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { toMarkdown } from './markdown';
import {
	emptyState,
	isEmpty,
	itemOf,
	type KnownIds,
	parseStored,
	progress,
	serialize,
	setNames,
	setNote,
	type ToolState,
	updateItem,
} from './state';
import type { ChecklistToolProps } from './texts';

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));

type LoadNotice = 'restored' | 'corrupt' | 'skipped' | 'storageUnavailable' | null;

function readStorage(key: string): { raw: string | null; available: boolean } {
	try {
		return { raw: window.localStorage.getItem(key), available: true };
	} catch {
		return { raw: null, available: false };
	}
}

export default function ChecklistTool(props: ChecklistToolProps) {
	const { ui, themes, storageKey } = props;
	const known: KnownIds = useMemo(
		() => ({
			items: themes.flatMap((t) => t.sides.flatMap((s) => s.items.map((i) => i.id))),
			themes: themes.map((t) => t.id),
		}),
		[themes],
	);

	const rootRef = useRef<HTMLDivElement>(null);
	const textareaRef = useRef<HTMLTextAreaElement>(null);
	const clearRef = useRef<HTMLButtonElement>(null);
	const dirty = useRef(false);
	const [mounted, setMounted] = useState(false);
	const [state, setState] = useState<ToolState>(emptyState);
	const [notice, setNotice] = useState<LoadNotice>(null);
	const [storageOk, setStorageOk] = useState(true);
	const [message, setMessage] = useState('');
	const [undoState, setUndoState] = useState<ToolState | null>(null);

	// Read the stored progress once, after hydration.
	useEffect(() => {
		const { raw, available } = readStorage(storageKey);
		const result = parseStored(raw, known);
		setState(result.state);
		setStorageOk(available);
		if (!available) setNotice('storageUnavailable');
		else if (result.status === 'corrupt') setNotice('corrupt');
		else if (result.status === 'ok' && result.skipped > 0) setNotice('skipped');
		else if (result.status === 'ok' && !isEmpty(result.state)) setNotice('restored');
		setMounted(true);
		rootRef.current?.closest('[data-checklist-tool]')?.setAttribute('data-enhanced', '');
	}, []);

	// Save after each change the user makes (not on load: unreadable data stays until replaced).
	useEffect(() => {
		if (!mounted || !dirty.current || !storageOk) return;
		try {
			if (isEmpty(state)) window.localStorage.removeItem(storageKey);
			else window.localStorage.setItem(storageKey, serialize(state));
		} catch {
			setStorageOk(false);
			setNotice('storageUnavailable');
		}
	}, [state, mounted, storageOk, storageKey]);

	const change = (next: (s: ToolState) => ToolState) => {
		dirty.current = true;
		setUndoState(null);
		setState(next);
	};

	const say = (text: string) => setMessage((prev) => (prev === text ? `${text}\u00a0` : text));

	const markdown = useMemo(() => toMarkdown(themes, state, props.exportTexts), [themes, state, props.exportTexts]);

	if (!mounted) return <div ref={rootRef} class="gr-tool" />;

	const all = progress(state, known.items);

	const clearAll = () => {
		dirty.current = true;
		setUndoState(state);
		setState(emptyState());
		say(ui.cleared);
	};

	const undo = () => {
		if (!undoState) return;
		dirty.current = true;
		setState(undoState);
		setUndoState(null);
		say(ui.undone);
		clearRef.current?.focus();
	};

	const copy = async () => {
		const selectText = () => {
			textareaRef.current?.focus();
			textareaRef.current?.select();
		};
		try {
			if (!navigator.clipboard) throw new Error('no clipboard');
			await navigator.clipboard.writeText(markdown);
			say(ui.copied);
		} catch {
			selectText();
			say(ui.copyFailed);
		}
	};

	return (
		<div ref={rootRef} class="gr-tool">
			<div class="gr-form">
				<p class="gr-privacy">{ui.privacy}</p>
				{notice && (
					<p class={`gr-notice gr-notice--${notice}`} data-notice={notice}>
						{ui[notice]}
					</p>
				)}

				<h2 id="gr-names">{ui.namesHeading}</h2>
				<div class="gr-names">
					<div class="gr-field">
						<label for="gr-unit">{ui.unitLabel}</label>
						<span class="gr-hint" id="gr-unit-hint">
							{ui.unitHint}
						</span>
						<input
							id="gr-unit"
							type="text"
							autocomplete="off"
							aria-describedby="gr-unit-hint"
							value={state.unit}
							onInput={(e) => change((s) => setNames(s, { unit: e.currentTarget.value }))}
						/>
					</div>
					<div class="gr-field">
						<label for="gr-associations">{ui.associationsLabel}</label>
						<span class="gr-hint" id="gr-associations-hint">
							{ui.associationsHint}
						</span>
						<input
							id="gr-associations"
							type="text"
							autocomplete="off"
							aria-describedby="gr-associations-hint"
							value={state.associations}
							onInput={(e) => change((s) => setNames(s, { associations: e.currentTarget.value }))}
						/>
					</div>
				</div>
				<p class="gr-progress" id="gr-progress">
					{fill(ui.progress, all)}
				</p>

				{themes.map((theme) => {
					const ids = theme.sides.flatMap((s) => s.items.map((i) => i.id));
					return (
						<section class="gr-theme" aria-labelledby={`gr-theme-${theme.id}`} key={theme.id}>
							<h2 id={`gr-theme-${theme.id}`}>{theme.title}</h2>
							<p class="gr-theme-progress">{fill(ui.themeProgress, progress(state, ids))}</p>
							{theme.sides.map((side) => (
								<div class="gr-side" key={side.side}>
									<h3>{side.label}</h3>
									{side.items.map((item) => {
										const p = itemOf(state, item.id);
										return (
											<fieldset class={`gr-item${p.done ? ' is-done' : ''}`} key={item.id} data-item={item.id}>
												<legend>{item.text}</legend>
												<div class="gr-check">
													<input
														id={`gr-${item.id}-done`}
														type="checkbox"
														checked={p.done}
														onChange={(e) => change((s) => updateItem(s, item.id, { done: e.currentTarget.checked }))}
													/>
													<label for={`gr-${item.id}-done`}>{ui.doneLabel}</label>
												</div>
												<div class="gr-item-fields">
													<div class="gr-field">
														<label for={`gr-${item.id}-who`}>{ui.whoLabel}</label>
														<input
															id={`gr-${item.id}-who`}
															type="text"
															autocomplete="off"
															value={p.who}
															onInput={(e) => change((s) => updateItem(s, item.id, { who: e.currentTarget.value }))}
														/>
													</div>
													<div class="gr-field">
														<label for={`gr-${item.id}-when`}>{ui.whenLabel}</label>
														<span class="gr-hint" id={`gr-${item.id}-when-hint`}>
															{ui.whenHint}
														</span>
														<input
															id={`gr-${item.id}-when`}
															type="text"
															autocomplete="off"
															aria-describedby={`gr-${item.id}-when-hint`}
															value={p.when}
															onInput={(e) => change((s) => updateItem(s, item.id, { when: e.currentTarget.value }))}
														/>
													</div>
												</div>
											</fieldset>
										);
									})}
								</div>
							))}
							<div class="gr-field gr-note">
								<label for={`gr-note-${theme.id}`}>{fill(ui.notesLabel, { theme: theme.title })}</label>
								<textarea
									id={`gr-note-${theme.id}`}
									rows={3}
									value={state.notes[theme.id] ?? ''}
									onInput={(e) => change((s) => setNote(s, theme.id, e.currentTarget.value))}
								/>
							</div>
						</section>
					);
				})}

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
			</div>

			<section class="gr-summary" aria-labelledby="gr-summary-heading">
				<h2 id="gr-summary-heading">{ui.summaryHeading}</h2>
				<p class="gr-screen-only">{ui.summaryIntro}</p>
				{(state.unit.trim() || state.associations.trim()) && (
					<dl class="gr-summary-names">
						{state.unit.trim() && (
							<>
								<dt>{ui.unitLabel}</dt>
								<dd>{state.unit}</dd>
							</>
						)}
						{state.associations.trim() && (
							<>
								<dt>{ui.associationsLabel}</dt>
								<dd>{state.associations}</dd>
							</>
						)}
					</dl>
				)}
				{themes.map((theme) => (
					<div class="gr-summary-theme" key={theme.id}>
						<h3>{theme.title}</h3>
						{theme.sides.map((side) => (
							<div key={side.side}>
								<h4>{side.label}</h4>
								<ul>
									{side.items.map((item) => {
										const p = itemOf(state, item.id);
										const details = [
											p.who.trim() && `${ui.whoLabel}: ${p.who.trim()}`,
											p.when.trim() && `${ui.whenLabel}: ${p.when.trim()}`,
										].filter(Boolean);
										return (
											<li key={item.id} data-summary-item={item.id}>
												<strong>{p.done ? ui.inPlace : ui.toDo}:</strong> {item.text}
												{details.length > 0 && <span class="gr-details"> ({details.join(', ')})</span>}
											</li>
										);
									})}
								</ul>
							</div>
						))}
						{state.notes[theme.id]?.trim() && (
							<p class="gr-summary-note">
								<strong>{props.exportTexts.notes}:</strong> {state.notes[theme.id]}
							</p>
						)}
					</div>
				))}
				<p class="gr-screen-only">
					<button type="button" class="gr-button" onClick={() => window.print()}>
						{ui.print}
					</button>
				</p>
			</section>

			<section class="gr-export" aria-labelledby="gr-export-heading">
				<h2 id="gr-export-heading">{ui.exportHeading}</h2>
				<p>{ui.exportIntro}</p>
				<p>
					<button type="button" class="gr-button" onClick={copy}>
						{ui.copy}
					</button>
				</p>
				<div class="gr-field">
					<label for="gr-markdown">{ui.textareaLabel}</label>
					<textarea id="gr-markdown" ref={textareaRef} readOnly rows={14} value={markdown} />
				</div>
			</section>

			<p class="gr-status" role="status" aria-live="polite">
				{message}
			</p>
		</div>
	);
}
