/** Whose ground rules (Preact): the unit, the associations and the review date of the list. */
import { TextField } from './Field';
import { setNames, type ToolState } from './state';
import type { GroundRulesToolProps } from './texts';

type NameKey = 'unit' | 'associations' | 'review';

export function Names({
	state,
	ui,
	change,
}: {
	state: ToolState;
	ui: GroundRulesToolProps['ui'];
	change: (next: (s: ToolState) => ToolState) => void;
}) {
	const fields: [NameKey, string, string][] = [
		['unit', ui.unitLabel, ui.unitHint],
		['associations', ui.associationsLabel, ui.associationsHint],
		['review', ui.reviewLabel, ui.reviewHint],
	];
	return (
		<>
			<h2 id="gr-names">{ui.namesHeading}</h2>
			<div class="gr-names">
				{fields.map(([key, label, hint]) => (
					<TextField
						key={key}
						id={`gr-${key}`}
						label={label}
						hint={hint}
						value={state[key]}
						onInput={(value) => change((s) => setNames(s, { [key]: value }))}
					/>
				))}
			</div>
		</>
	);
}
