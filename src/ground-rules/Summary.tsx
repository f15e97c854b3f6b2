/**
 * "Our ground rules" (Preact): what prints. It starts with the date, the unit and the associations,
 * the progress and the review date, lists each side's commitments under "in place" and "to agree
 * and do" (the label once, not on every item), and ends with lines for signatures.
 */
import { fill } from '~/i18n/fill';
import type { ExportTexts, ToolTheme } from './markdown';
import { itemOf, progress, type ToolState } from './state';
import type { GroundRulesToolProps } from './texts';

export interface SummaryProps {
	themes: ToolTheme[];
	itemIds: readonly string[];
	state: ToolState;
	ui: GroundRulesToolProps['ui'];
	exportTexts: ExportTexts;
	/** Today, formatted in the page's language. */
	today: string;
}

export function Summary({ themes, itemIds, state, ui, exportTexts, today }: SummaryProps) {
	const facts: [string, string][] = [
		[ui.dated, today],
		[ui.unitLabel, state.unit.trim()],
		[ui.associationsLabel, state.associations.trim()],
		[ui.reviewLabel, state.review.trim()],
	];
	return (
		<section class="gr-summary" aria-labelledby="gr-summary-heading">
			<h2 id="gr-summary-heading">{ui.summaryHeading}</h2>
			<p class="gr-screen-only">{ui.summaryIntro}</p>
			<dl class="gr-summary-names">
				{facts
					.filter(([, value]) => value !== '')
					.map(([label, value]) => (
						<div key={label}>
							<dt>{label}</dt>
							<dd>{value}</dd>
						</div>
					))}
			</dl>
			<p class="gr-summary-progress">{fill(ui.progress, progress(state, itemIds))}</p>
			{themes.map((theme) => (
				<div class="gr-summary-theme" key={theme.id}>
					<h3>{theme.title}</h3>
					{theme.sides.map((side) => {
						const done = side.items.filter((i) => itemOf(state, i.id).done);
						const open = side.items.filter((i) => !itemOf(state, i.id).done);
						return (
							<div key={side.side}>
								<h4>{side.label}</h4>
								{(
									[
										[ui.inPlace, done, 'done'],
										[ui.toDo, open, 'open'],
									] as const
								).map(([label, items, kind]) =>
									items.length === 0 ? null : (
										<div class={`gr-summary-group gr-summary-group--${kind}`} key={kind}>
											<p class="gr-summary-label">{label}</p>
											<ul>
												{items.map((item) => (
													<SummaryItem key={item.id} id={item.id} text={item.text} state={state} ui={ui} />
												))}
											</ul>
										</div>
									),
								)}
							</div>
						);
					})}
					{state.notes[theme.id]?.trim() && (
						<p class="gr-summary-note">
							<strong>{exportTexts.notes}:</strong> {state.notes[theme.id]}
						</p>
					)}
				</div>
			))}
			<div class="gr-signatures">
				<h3>{ui.signaturesHeading}</h3>
				{[ui.signUnit, ui.signAssociations].map((party) => (
					<div class="gr-signature" key={party}>
						<p>{party}</p>
						<p class="gr-signature-line">{ui.signLine}</p>
						<p class="gr-signature-line">{ui.signLine}</p>
					</div>
				))}
			</div>
			<p class="gr-screen-only">
				<button type="button" class="qk-button" onClick={() => window.print()}>
					{ui.print}
				</button>
			</p>
		</section>
	);
}

function SummaryItem({
	id,
	text,
	state,
	ui,
}: {
	id: string;
	text: string;
	state: ToolState;
	ui: GroundRulesToolProps['ui'];
}) {
	const p = itemOf(state, id);
	const details = [
		p.who.trim() && `${ui.whoLabel}: ${p.who.trim()}`,
		p.when.trim() && `${ui.whenLabel}: ${p.when.trim()}`,
	].filter(Boolean);
	return (
		<li data-summary-item={id} data-done={p.done ? 'true' : 'false'}>
			{text}
			{details.length > 0 && <span class="gr-details"> ({details.join(', ')})</span>}
		</li>
	);
}
