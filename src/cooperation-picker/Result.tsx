/**
 * The parts of the picker's result (Preact): the short list, how premises are booked and one
 * recommendation in detail (the answers summary is the question kit's). Thin: strings come from props.
 */
import { DIRECT_WEIGHT, type Recommendation } from './engine';
import type { PickerForm, PickerProps } from './localize';

/** One line per recommended form, linked to its details: the needs it gives, then those it partly fits. */
export function Shortlist({
	recommendations,
	ui,
	needLabel,
}: {
	recommendations: Recommendation<PickerForm>[];
	ui: PickerProps['ui'];
	needLabel: Map<string, string>;
}) {
	return (
		<ol class="coop-picker__shortlist" aria-label={ui.shortlist}>
			{recommendations.map((rec) => {
				const label = (n: string) => needLabel.get(n) ?? n;
				const needs = rec.reasons.flatMap((r) => (r.kind === 'need' ? [r] : []));
				const direct = needs.filter((r) => r.weight >= DIRECT_WEIGHT).map((r) => label(r.need));
				const partial = needs.filter((r) => r.weight < DIRECT_WEIGHT).map((r) => label(r.need));
				const parts = [
					direct.length > 0 ? direct.join(', ') : '',
					partial.length > 0 ? `${ui.partialFit}: ${partial.join(', ')}` : '',
				].filter(Boolean);
				return (
					<li key={rec.form.id}>
						<a href={`#cp-rec-${rec.form.id}`}>{rec.form.name}</a>
						{': '}
						{parts.length > 0 ? parts.join('; ') : ui.answerMoney}
					</li>
				);
			})}
		</ol>
	);
}

/** How premises are booked and whom to ask, as far as the sources say. */
export function PremisesHowTo({ props }: { props: PickerProps }) {
	const { ui } = props;
	return (
		<section class="coop-picker__premises" aria-labelledby="cp-premises-heading">
			<h3 id="cp-premises-heading">{ui.premisesHeading}</h3>
			<p>{ui.premisesHowTo}</p>
			<p>{ui.premisesContact}</p>
			<ul>
				<li>
					<a href={props.contactHref}>{ui.contactLink}</a>
				</li>
				<li>
					<a href={props.premisesHref}>{ui.premisesSource}</a>
				</li>
			</ul>
		</section>
	);
}

export function RecommendationItem({
	rec,
	best,
	props,
	needLabel,
}: {
	rec: Recommendation<PickerForm>;
	best: boolean;
	props: PickerProps;
	needLabel: Map<string, string>;
}) {
	const { ui } = props;
	const form = rec.form;
	const headingId = `cp-rec-${form.id}`;
	return (
		<li class="coop-picker__recommendation">
			<article aria-labelledby={headingId}>
				<h3 id={headingId}>
					{form.name}
					{best && <span class="coop-picker__best"> – {ui.bestFit}</span>}
				</h3>
				<p>{form.summary}</p>
				<h4>{ui.whyHeading}</h4>
				<ul>
					{rec.reasons.map((reason) =>
						reason.kind === 'need' ? (
							<li key={reason.need}>
								<strong>{needLabel.get(reason.need)}:</strong>{' '}
								{form.answers.find((a) => a.need === reason.need)?.reason}
							</li>
						) : (
							<li key="money">
								<strong>{ui.answerMoney}:</strong> {ui.moneyReason}
							</li>
						),
					)}
				</ul>
				<dl class="coop-picker__facts">
					<dt>{ui.factMoney}</dt>
					<dd>{form.facts.money}</dd>
					<dt>{ui.factAgreement}</dt>
					<dd>{form.facts.agreement}</dd>
					<dt>{ui.factDuration}</dt>
					<dd>{form.facts.duration}</dd>
					<dt>{ui.factDecides}</dt>
					<dd>{form.facts.decides}</dd>
				</dl>
				<h4>{ui.involvesHeading}</h4>
				<ul>
					{form.involves.map((x) => (
						<li key={x}>{x}</li>
					))}
				</ul>
				<h4>{ui.startHeading}</h4>
				<ol>
					{form.start.map((x) => (
						<li key={x}>{x}</li>
					))}
				</ol>
				<h4>{ui.modelHeading}</h4>
				<p>{form.mapping}</p>
				<h4>{ui.linksHeading}</h4>
				<ul>
					{form.eligibilityCheck && (
						<li>
							<a href={props.eligibilityHref}>{ui.eligibilityLink}</a>
						</li>
					)}
					{form.links.map((l) => (
						<li key={l.href}>
							<a href={l.href}>{l.label}</a>
						</li>
					))}
					<li>
						<a href={props.contactHref}>{ui.contactLink}</a>
					</li>
				</ul>
			</article>
		</li>
	);
}
