/**
 * The cooperation-model picker island (Preact). Thin: the wording, the needs and the forms come in
 * as props (already in the page's language, see localize.ts); the ranking is the pure engine; the
 * URL keys are url.ts; questions, summary, URL, focus and announcements are the question kit's
 * (src/question-kit/). Rendered by src/components/cooperation-picker/CooperationPicker.astro.
 *
 * Behaviour:
 * - Needs as a checkbox group and "is money needed?" as a radio group, each a fieldset with legend.
 * - "Show" renders the ranked result, moves focus to its heading and announces a summary (aria-live).
 *   Once shown, the result follows changes to the answers (and the summary is announced again).
 * - The answers are kept in the URL query (replaced on every change: one step, one history entry)
 *   and read on load and on Back/Forward; a link with answers opens with the result shown (focus
 *   is not moved on load).
 * - The result starts with a short list (one line per form, linked to its details) and, when
 *   premises were asked for, how premises are booked; then each form in detail (Result.tsx).
 * - Back from a page opened from the result returns to the same place (lib/return-position.ts).
 * - "Start again" clears the answers and the URL and moves focus to the first choice.
 * - Rendered on the server with no answers; without JavaScript CSS hides it and the wrapper's note
 *   points to the comparison table on the same page.
 *
 * The result's headings start at h2: place the picker in the page before the first "##" heading.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { fill } from '~/i18n/fill';
import { useReturnPosition } from '~/lib/return-position';
import { AnswersSummary } from '~/question-kit/AnswersSummary';
import { useAnnouncer } from '~/question-kit/announcer';
import { ChoiceFieldset } from '~/question-kit/ChoiceFieldset';
import { useFocusRequest } from '~/question-kit/focus-request';
import { LiveRegion } from '~/question-kit/LiveRegion';
import { useToolRunning } from '~/question-kit/use-tool-running';
import { useUrlAnswers } from '~/question-kit/use-url-answers';
import type { MoneyAnswer } from './constants';
import { type Answers, type Result, recommend } from './engine';
import type { PickerForm, PickerProps } from './localize';
import { PremisesHowTo, RecommendationItem, Shortlist } from './Result';
import { OWN_KEYS, parseQuery, toQuery } from './url';

const MONEY_ORDER: MoneyAnswer[] = ['yes', 'no', 'unsure'];

export default function CooperationPicker(props: PickerProps) {
	const { ui, forms } = props;
	const needIds = useMemo(() => props.needs.map((n) => n.id), [props.needs]);
	const needLabel = useMemo(() => new Map(props.needs.map((n) => [n.id, n.label])), [props.needs]);

	const [needs, setNeeds] = useState<string[]>([]);
	const [money, setMoney] = useState<MoneyAnswer | null>(null);
	const [shown, setShown] = useState(false);
	const { message, announce, clear } = useAnnouncer();
	const resultHeading = useRef<HTMLHeadingElement>(null);
	const root = useRef<HTMLDivElement>(null);
	const requestFocus = useFocusRequest((target: 'result' | 'first') =>
		target === 'result' ? resultHeading.current : document.getElementById(`cp-need-${needIds[0]}`),
	);

	const url = useUrlAnswers(OWN_KEYS, (search, how) => {
		const fromUrl = parseQuery(search, needIds);
		// Only answers in the URL replace the state on load: choices made between hydration and
		// this effect are kept, never reset.
		if (how === 'pop' || fromUrl.needs.length > 0 || fromUrl.money !== null) {
			setNeeds([...fromUrl.needs]);
			setMoney(fromUrl.money);
			setShown(fromUrl.needs.length > 0 || fromUrl.money !== null);
		}
		return toQuery(fromUrl, needIds);
	});

	const answers: Answers = { needs, money };
	const result = useMemo(() => recommend(forms, { needs, money }), [forms, needs, money]);

	useToolRunning(root);
	useReturnPosition(root, shown);

	const announceResult = (r: Result<PickerForm>) => {
		const best = r.recommendations[0];
		announce(best ? fill(ui.announce, { count: r.recommendations.length, name: best.form.name }) : ui.announceNone);
	};

	const update = (next: Answers) => {
		setNeeds([...next.needs]);
		setMoney(next.money);
		url.write(toQuery(next, needIds), 'replace');
		if (shown) announceResult(recommend(forms, next));
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
		requestFocus('result');
		announceResult(result);
	};

	const startAgain = () => {
		setNeeds([]);
		setMoney(null);
		setShown(false);
		clear();
		url.write('', 'replace');
		requestFocus('first');
	};

	return (
		<div class={shown ? 'coop-picker qk-island has-result' : 'coop-picker qk-island'} ref={root}>
			<p class="coop-picker__disclaimer">{ui.disclaimer}</p>
			<form class="coop-picker__form" onSubmit={onSubmit} noValidate>
				<ChoiceFieldset
					type="checkbox"
					idPrefix="cp-need"
					name="needs"
					class="qk-fieldset--framed"
					legend={props.needsLegend}
					hint={props.needsHint}
					choices={props.needs.map((n) => ({ value: n.id, label: n.label, hint: n.hint }))}
					checked={(id) => needs.includes(id)}
					onChange={toggleNeed}
				/>
				<ChoiceFieldset
					type="radio"
					idPrefix="cp-money"
					name="money"
					class="qk-fieldset--framed"
					legend={props.money.legend}
					hint={props.money.hint}
					choices={MONEY_ORDER.map((value) => ({ value, label: props.money.options[value] }))}
					checked={(value) => money === value}
					onChange={(value) => update({ needs, money: value as MoneyAnswer })}
				/>
				<div class="qk-actions">
					<button type="submit" class="qk-button">
						{ui.submit}
					</button>
				</div>
			</form>

			<LiveRegion message={message} />

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
					{result.excluded.length > 0 && <p class="qk-note">{ui.excludedNote}</p>}
					{result.unmatchedNeeds.length > 0 && (
						<p class="qk-note">
							{fill(ui.unmatchedNote, {
								needs: result.unmatchedNeeds.map((n) => needLabel.get(n) ?? n).join(', '),
							})}
						</p>
					)}
					{needs.includes('premises') && <PremisesHowTo props={props} />}
					<AnswersSummary
						label={ui.yourAnswers}
						rows={[
							{
								key: 'needs',
								question: ui.answerNeeds,
								answer:
									answers.needs.length > 0 ? answers.needs.map((n) => needLabel.get(n) ?? n).join(', ') : ui.noneChosen,
							},
							{
								key: 'money',
								question: ui.answerMoney,
								answer: answers.money ? props.money.options[answers.money] : ui.noAnswer,
							},
						]}
					/>
					{result.recommendations.length > 0 && (
						<ol class="coop-picker__recommendations">
							{result.recommendations.map((rec, i) => (
								<RecommendationItem key={rec.form.id} rec={rec} best={i === 0} props={props} needLabel={needLabel} />
							))}
						</ol>
					)}
					<div class="qk-actions">
						<button type="button" class="qk-button qk-button--secondary" onClick={startAgain}>
							{ui.startAgain}
						</button>
					</div>
				</section>
			)}
		</div>
	);
}
