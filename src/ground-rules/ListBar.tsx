/**
 * The lists of the ground-rules tool (Preact): which list is being edited, its name, a new list,
 * removing a list, and a list as a file (save, and import as a new list). Thin: the list logic and
 * the file format are pure (./lists.ts); messages go to the parent's live region through `say`.
 */

import { fill } from '~/i18n/fill';
import { Field, TextField } from './Field';
import {
	activeList,
	addList,
	fileNameFor,
	type Lists,
	listToFile,
	MAX_LISTS,
	parseListFile,
	removeList,
	renameList,
	selectList,
} from './lists';
import { isEmpty, type KnownIds } from './state';
import type { GroundRulesToolProps } from './texts';

export interface ListBarProps {
	lists: Lists;
	known: KnownIds;
	ui: GroundRulesToolProps['ui'];
	filePrefix: string;
	setLists: (lists: Lists) => void;
	say: (text: string) => void;
	/** Moves focus to the element with this id after the next render. */
	focus: (id: string) => void;
	/** Shown name of a list (its name, else the unit, else "List n"). */
	nameOf: (lists: Lists, id: string) => string;
}

const importErrors = {
	json: 'importJson',
	format: 'importFormat',
	version: 'importVersion',
	shape: 'importShape',
	size: 'importSize',
} as const;

export function ListBar({ lists, known, ui, filePrefix, setLists, say, focus, nameOf }: ListBarProps) {
	const active = activeList(lists);

	const saveFile = () => {
		const blob = new Blob([listToFile(active)], { type: 'application/json' });
		const url = URL.createObjectURL(blob);
		const a = document.createElement('a');
		a.href = url;
		a.download = fileNameFor(nameOf(lists, active.id), filePrefix);
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	};

	const importFile = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		let text: string;
		try {
			text = await file.text();
		} catch {
			say(ui.importRead);
			return;
		}
		const result = parseListFile(text, known);
		if (result.status === 'error') {
			say(ui[importErrors[result.reason]]);
			return;
		}
		if (lists.lists.length >= MAX_LISTS) {
			say(ui.importFull);
			return;
		}
		const next = addList(lists, result.name, result.state);
		setLists(next);
		const message = fill(ui.imported, { name: nameOf(next, next.active) });
		say(result.skipped > 0 ? `${message} ${ui.importSkipped}` : message);
	};

	return (
		<section class="gr-lists" aria-labelledby="gr-lists-heading">
			<h2 id="gr-lists-heading">{ui.listsHeading}</h2>
			<p class="gr-hint">{ui.listsIntro}</p>
			<div class="gr-lists-row">
				<Field id="gr-list" label={ui.listLabel}>
					<select
						id="gr-list"
						value={active.id}
						onChange={(e) => {
							const next = selectList(lists, e.currentTarget.value);
							setLists(next);
							say(fill(ui.switched, { name: nameOf(next, next.active) }));
						}}
					>
						{lists.lists.map((l) => (
							<option key={l.id} value={l.id}>
								{nameOf(lists, l.id)}
							</option>
						))}
					</select>
				</Field>
				<TextField
					id="gr-list-name"
					label={ui.listNameLabel}
					value={active.name}
					placeholder={nameOf(lists, active.id)}
					onInput={(value) => setLists(renameList(lists, active.id, value))}
				/>
			</div>
			<div class="gr-row-actions">
				<button
					type="button"
					class="qk-button qk-button--secondary"
					disabled={lists.lists.length >= MAX_LISTS}
					onClick={() => {
						setLists(addList(lists, ''));
						say(ui.created);
						focus('gr-list-name');
					}}
				>
					{ui.newList}
				</button>
				<button
					type="button"
					class="qk-button qk-button--secondary"
					onClick={() => {
						const name = nameOf(lists, active.id);
						if (!isEmpty(active.state) && !window.confirm(fill(ui.deleteConfirm, { name }))) return;
						setLists(removeList(lists, active.id));
						say(fill(ui.deleted, { name }));
						focus('gr-list');
					}}
				>
					{ui.deleteList}
				</button>
			</div>
			<h3>{ui.fileHeading}</h3>
			<p class="gr-hint" id="gr-file-intro">
				{ui.fileIntro}
			</p>
			<div class="gr-row-actions">
				<button type="button" class="qk-button qk-button--secondary" onClick={saveFile}>
					{ui.exportFile}
				</button>
				<Field id="gr-import" label={ui.importLabel}>
					<input
						id="gr-import"
						type="file"
						accept="application/json,.json"
						aria-describedby="gr-file-intro"
						onChange={(e) => importFile(e.currentTarget)}
					/>
				</Field>
			</div>
		</section>
	);
}
