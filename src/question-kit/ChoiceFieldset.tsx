/**
 * A question as a group of radio buttons or checkboxes: the question is the legend, then its hint,
 * anything the tool adds (examples), the error (role="alert") and the choices, each with a label
 * and an optional hint. Ids: `<idPrefix>-<value>` for a choice, `<idPrefix>-hint`,
 * `<idPrefix>-error`, `<idPrefix>-<value>-hint`. Thin: every text comes from the tool.
 */
import type { ComponentChildren } from 'preact';

export interface Choice {
	value: string;
	label: ComponentChildren;
	hint?: string | null | undefined;
}

export interface ChoiceFieldsetProps {
	type: 'radio' | 'checkbox';
	idPrefix: string;
	name: string;
	legend: ComponentChildren;
	hint?: string | null | undefined;
	/** Shown (and the group marked invalid) when set. */
	error?: ComponentChildren;
	choices: readonly Choice[];
	checked: (value: string) => boolean;
	onChange: (value: string, checked: boolean) => void;
	/** Extra classes of the fieldset (`qk-fieldset--framed` draws a border). */
	class?: string;
	/** Between the hint and the error, e.g. examples. */
	children?: ComponentChildren;
}

export function ChoiceFieldset(p: ChoiceFieldsetProps) {
	const id = p.idPrefix;
	const describedBy = [p.hint && `${id}-hint`, p.error && `${id}-error`].filter(Boolean).join(' ');
	const cls = ['qk-fieldset', p.class, p.error ? 'qk-invalid' : ''].filter(Boolean).join(' ');
	return (
		<fieldset class={cls} aria-describedby={describedBy || undefined}>
			<legend>{p.legend}</legend>
			{p.hint && (
				<p id={`${id}-hint`} class="qk-hint">
					{p.hint}
				</p>
			)}
			{p.children}
			{p.error && (
				<p id={`${id}-error`} class="qk-error" role="alert">
					{p.error}
				</p>
			)}
			<div class="qk-choices">
				{p.choices.map((c) => (
					<div class="qk-choice" key={c.value}>
						<input
							type={p.type}
							id={`${id}-${c.value}`}
							name={p.name}
							value={c.value}
							checked={p.checked(c.value)}
							aria-describedby={c.hint ? `${id}-${c.value}-hint` : undefined}
							onChange={(e) => p.onChange(c.value, e.currentTarget.checked)}
						/>
						<label for={`${id}-${c.value}`}>{c.label}</label>
						{c.hint && (
							<p id={`${id}-${c.value}-hint`} class="qk-hint">
								{c.hint}
							</p>
						)}
					</div>
				))}
			</div>
		</fieldset>
	);
}
