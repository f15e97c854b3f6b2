/**
 * One theme of the ground-rules tool's form (Preact): each commitment with "in place", who and by
 * when, then the theme's notes. Thin: strings come from props, changes go to the parent as pure
 * state updates (./state.ts).
 */
import { Component } from 'preact';
import { fill } from '~/i18n/fill';
import { Field, TextField } from './Field';
import type { ToolTheme } from './markdown';
import { itemOf, progress, setNote, type ToolState, updateItem } from './state';
import type { GroundRulesToolProps } from './texts';

export interface ThemeSectionProps {
	theme: ToolTheme;
	state: ToolState;
	ui: GroundRulesToolProps['ui'];
	change: (next: (s: ToolState) => ToolState) => void;
}

/**
 * Re-renders only when its props change: rendering the next theme at start leaves the earlier ones
 * alone (a class with shouldComponentUpdate: preact/compat's memo would add to the bundle).
 */
export class ThemeSection extends Component<ThemeSectionProps> {
	override shouldComponentUpdate(next: ThemeSectionProps): boolean {
		const p = this.props;
		return next.theme !== p.theme || next.state !== p.state || next.ui !== p.ui || next.change !== p.change;
	}

	override render() {
		return <ThemeForm {...this.props} />;
	}
}

function ThemeForm({ theme, state, ui, change }: ThemeSectionProps) {
	const ids = theme.sides.flatMap((s) => s.items.map((i) => i.id));
	return (
		<section class="gr-theme" aria-labelledby={`gr-theme-${theme.id}`}>
			<h2 id={`gr-theme-${theme.id}`}>{theme.title}</h2>
			<p class="gr-theme-progress">{fill(ui.themeProgress, progress(state, ids))}</p>
			{theme.sides.map((side) => (
				<div class="gr-side" key={side.side}>
					<h3>{side.label}</h3>
					{side.items.map((item) => {
						const p = itemOf(state, item.id);
						const id = `gr-${item.id}`;
						return (
							<fieldset class={`gr-item${p.done ? ' is-done' : ''}`} key={item.id} data-item={item.id}>
								<legend>{item.text}</legend>
								<div class="gr-check">
									<input
										id={`${id}-done`}
										type="checkbox"
										checked={p.done}
										onChange={(e) => change((s) => updateItem(s, item.id, { done: e.currentTarget.checked }))}
									/>
									<label for={`${id}-done`}>{ui.doneLabel}</label>
								</div>
								<div class="gr-item-fields">
									<TextField
										id={`${id}-who`}
										label={ui.whoLabel}
										value={p.who}
										onInput={(who) => change((s) => updateItem(s, item.id, { who }))}
									/>
									<TextField
										id={`${id}-when`}
										label={ui.whenLabel}
										hint={ui.whenHint}
										value={p.when}
										onInput={(when) => change((s) => updateItem(s, item.id, { when }))}
									/>
								</div>
							</fieldset>
						);
					})}
				</div>
			))}
			<Field id={`gr-note-${theme.id}`} label={fill(ui.notesLabel, { theme: theme.title })} class="gr-note">
				<textarea
					id={`gr-note-${theme.id}`}
					rows={3}
					value={state.notes[theme.id] ?? ''}
					onInput={(e) => change((s) => setNote(s, theme.id, e.currentTarget.value))}
				/>
			</Field>
		</section>
	);
}
