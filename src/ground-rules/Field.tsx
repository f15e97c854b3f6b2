/**
 * A labelled field of the ground-rules tool (Preact): the label, an optional hint (`<id>-hint`) and
 * the control; TextField is the common case, a one-line text input.
 */
import type { ComponentChildren } from 'preact';

export function Field(p: {
	id: string;
	label: ComponentChildren;
	hint?: string;
	class?: string;
	children: ComponentChildren;
}) {
	return (
		<div class={p.class ? `gr-field ${p.class}` : 'gr-field'}>
			<label for={p.id}>{p.label}</label>
			{p.hint && (
				<span class="gr-hint" id={`${p.id}-hint`}>
					{p.hint}
				</span>
			)}
			{p.children}
		</div>
	);
}

export function TextField(p: {
	id: string;
	label: string;
	hint?: string;
	value: string;
	placeholder?: string;
	onInput: (value: string) => void;
}) {
	return (
		<Field id={p.id} label={p.label} {...(p.hint ? { hint: p.hint } : {})}>
			<input
				id={p.id}
				type="text"
				autocomplete="off"
				aria-describedby={p.hint ? `${p.id}-hint` : undefined}
				value={p.value}
				placeholder={p.placeholder}
				onInput={(e) => p.onInput(e.currentTarget.value)}
			/>
		</Field>
	);
}
