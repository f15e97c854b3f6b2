/**
 * The cooperation-model picker island (Preact). Thin: the wording, the needs and the forms come in
 * as props (already in the page's language, see localise.ts); the ranking is the pure engine; the
 * URL handling is url.ts. Rendered by src/components/cooperation-picker/CooperationPicker.astro.
 *
 * Behaviour:
 * - Needs as a checkbox group and "is money needed?" as a radio group, each a fieldset with legend.
 * - "Show" renders the ranked result, moves focus to its heading and announces a summary (aria-live).
 *   Once shown, the result follows changes to the answers (and the summary is announced again).
 * - The answers are kept in the URL query (replaceState on every change) and read on load; a link
 *   with answers opens with the result shown (focus is not moved on load).
 * - The result starts with a short list (one line per form, linked to its details) and, when
 *   premises were asked for, how premises are booked; then each form in detail (Result.tsx).
 * - Back from a page opened from the result returns to the same place (lib/return-position.ts).
 * - "Start again" clears the answers and the URL and moves focus to the first choice.
 * - Without JavaScript nothing is rendered here: the wrapper's <noscript> points to the comparison table.
 *
 * The result's headings start at h2: place the picker in the page before the first "##" heading.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useReturnPosition } from '../lib/return-position';
import type { MoneyAnswer } from './constants';
import { type Answers, type Result, recommend } from './engine';
import { fill, type PickerForm, type PickerProps } from './localise';
import { AnswersSummary, PremisesHowTo, RecommendationItem, Shortlist } from './Result';
import { mergeQuery, parseQuery } from './url';

const MONEY_ORDER: MoneyAnswer[] = ['yes', 'no', 'unsure'];

export default function CooperationPicker(props: PickerProps) {
	const { ui, forms } = props;
	const needIds = useMemo(() => props.needs.map((n) => n.id), [props.needs]);
	const needLabel = useMemo(() => new Map(props.needs.map((n) => [n.id, n.label])), [props.needs]);

	const [mounted, setMounted] = useState(false);
	const [needs, setNeeds] = useState<string[]>([]);
	const [money, setMoney] = useState<MoneyAnswer | null>(null);
	const [shown, setShown] = useState(false);
	const [announcement, setAnnouncement] = useState('');
	const focusNext = useRef<'result' | 'first' | null>(null);
	const resultHeading = useRef<HTMLHeadingElement>(null);
	const root = useRef<HTMLDivElement>(null);

	const answers: Answers = { needs, money };
	const result = useMemo(() => recommend(forms, { needs, money }), [forms, needs, money]);

	// Read the answers from the URL once, after hydration.
	useEffect(() => {
		const fromUrl = parseQuery(window.location.search, needIds);
		// Only answers in the URL replace the state: choices made between hydration and this
		// effect are kept, never reset.
		if (fromUrl.needs.length > 0 || fromUrl.money !== null) {
			setNeeds([...fromUrl.needs]);
			setMoney(fromUrl.money);
			setShown(true);
		}
		setMounted(true);
	}, []);

	// Keep the URL in step with the answers.
	useEffect(() => {
		if (!mounted) return;
		const search = mergeQuery(window.location.search, { needs, money }, needIds);
		if (search !== window.location.search) {
			window.history.replaceState(
				window.history.state,
				'',
				`${window.location.pathname}${search}${window.location.hash}`,
			);
		}
	}, [mounted, needs, money, needIds]);

	// Move focus after the render that follows a user action. The request stays pending until its
	// target exists: effects of an earlier render may run first when the browser is slow.
	useEffect(() => {
		const target =
			focusNext.current === 'result'
				? resultHeading.current
				: focusNext.current === 'first'
					? document.getElementById(`cp-need-${needIds[0]}`)
					: null;
		if (!target) return;
		target.focus();
		focusNext.current = null;
	});

	useReturnPosition(root, mounted && shown);

	// Rendered on the server too (empty answers), so hydration does not move the page (CLS);
	// without JavaScript, CSS hides it (`html:not([data-js])`) and the comparison table serves.

	const announce = (r: Result<PickerForm>) => {
		const best = r.recommendations[0];
		const text = best ? fill(ui.announce, { count: r.recommendations.length, name: best.form.name }) : ui.announceNone;
		// A repeated identical message would not be read again: vary it invisibly.
		setAnnouncement((prev) => (prev === text ? `${text}\u00a0` : text));
	};

	const update = (next: Answers) => {
		setNeeds([...next.needs]);
		setMoney(next.money);
		if (shown) announce(recommend(forms, next));
	};

	const toggleNeed = (id: string, checked: boolean) => {
		const set = new Set(needs);
		if (checked) set.add(id);
		else set.delete(id);
		update({ needs: needIds.filter((n) => set.has(n)), money });
	};

	const onSubmit = (event: Event) => {
		event.preventDefault();
		setShown(true);
		focusNext.current = 'result';
		announce(result);
	};

	const startAgain = () => {
		setNeeds([]);
		setMoney(null);
		setShown(false);
		setAnnouncement('');
		focusNext.current = 'first';
	};

	return (
		<div class={shown ? 'coop-picker has-result' : 'coop-picker'} ref={root}>
			<p class="coop-picker__disclaimer">{ui.disclaimer}</p>
			<form class="coop-picker__form" onSubmit={onSubmit} noValidate>
				<fieldset aria-describedby={props.needsHint ? 'cp-needs-hint' : undefined}>
					<legend>{props.needsLegend}</legend>
					{props.needsHint && (
						<p id="cp-needs-hint" class="coop-picker__hint">
							{props.needsHint}
						</p>
					)}
					<div class="coop-picker__choices">
						{props.needs.map((need) => (
							<div class="coop-picker__choice" key={need.id}>
								<input
									type="checkbox"
									id={`cp-need-${need.id}`}
									name="needs"
									value={need.id}
									checked={needs.includes(need.id)}
									onChange={(e) => toggleNeed(need.id, e.currentTarget.checked)}
									aria-describedby={need.hint ? `cp-need-${need.id}-hint` : undefined}
								/>
								<label for={`cp-need-${need.id}`}>{need.label}</label>
								{need.hint && (
									<span id={`cp-need-${need.id}-hint`} class="coop-picker__hint">
										{need.hint}
									</span>
								)}
							</div>
						))}
					</div>
				</fieldset>
				<fieldset aria-describedby={props.money.hint ? 'cp-money-hint' : undefined}>
					<legend>{props.money.legend}</legend>
					{props.money.hint && (
						<p id="cp-money-hint" class="coop-picker__hint">
							{props.money.hint}
						</p>
					)}
					<div class="coop-picker__choices">
						{MONEY_ORDER.map((value) => (
							<div class="coop-picker__choice" key={value}>
								<input
									type="radio"
									id={`cp-money-${value}`}
									name="money"
									value={value}
									checked={money === value}
									onChange={() => update({ needs, money: value })}
								/>
								<label for={`cp-money-${value}`}>{props.money.options[value]}</label>
							</div>
						))}
					</div>
				</fieldset>
				<button type="submit" class="coop-picker__button">
					{ui.submit}
				</button>
			</form>

			<div class="coop-picker__status" role="status" aria-live="polite" aria-atomic="true">
				{announcement}
			</div>

			{shown && (
				<section class="coop-picker__result" aria-labelledby="cp-result-heading">
					<h2 id="cp-result-heading" tabIndex={-1} ref={resultHeading}>
						{ui.resultHeading}
					</h2>
					{result.recommendations.length === 0 ? (
						<p>{needs.length > 0 ? ui.noMatch : ui.noResult}</p>
					) : (
						<Shortlist recommendations={result.recommendations} ui={ui} needLabel={needLabel} />
					)}
					{result.excluded.length > 0 && <p class="coop-picker__note">{ui.excludedNote}</p>}
					{result.unmatchedNeeds.length > 0 && (
						<p class="coop-picker__note">
							{fill(ui.unmatchedNote, {
								needs: result.unmatchedNeeds.map((n) => needLabel.get(n) ?? n).join(', '),
							})}
						</p>
					)}
					{needs.includes('premises') && <PremisesHowTo props={props} />}
					<AnswersSummary props={props} answers={answers} needLabel={needLabel} />
					{result.recommendations.length > 0 && (
						<ol class="coop-picker__recommendations">
							{result.recommendations.map((rec, i) => (
								<RecommendationItem key={rec.form.id} rec={rec} best={i === 0} props={props} needLabel={needLabel} />
							))}
						</ol>
					)}
					<button type="button" class="coop-picker__button coop-picker__again" onClick={startAgain}>
						{ui.startAgain}
					</button>
				</section>
			)}
		</div>
	);
}
