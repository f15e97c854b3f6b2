/**
 * The grant self-check island (Preact). Thin: it renders the flow and the engine's result; the
 * logic is in ./engine.ts and ./flow.ts, the URL keys in ./url.ts, and every text comes in as
 * props (prepared for the page's language by src/components/grant-check/GrantCheck.astro). Its
 * parts: ./QuestionStep.tsx (a question), ./ResultView.tsx (the result); the question kit
 * (src/question-kit/) gives the answers summary, URL, focus and announcement hooks.
 *
 * Question-page pattern: one question per step, the question as the fieldset's legend and the
 * step's heading; Back; "check your answers" with Change links; result; Start again. Focus moves
 * to the new step's heading; the result is announced in a live region. The answers and step
 * live in the URL (a new history entry per step, read on load and on browser back/forward).
 *
 * Rendered on the server at its first question. Pages mark `<html data-js>` before the first
 * paint when JavaScript runs (astro.config.mjs); the question kit's CSS then shows either the
 * island (JavaScript on) or the server-rendered checklist (the no-JavaScript fallback), never both.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { fill } from '~/i18n/fill';
import { useReturnPosition } from '~/lib/return-position';
import { AnswersSummary } from '~/question-kit/AnswersSummary';
import { useAnnouncer } from '~/question-kit/announcer';
import { useFocusRequest } from '~/question-kit/focus-request';
import { LiveRegion } from '~/question-kit/LiveRegion';
import { StepLink } from '~/question-kit/StepLink';
import { useToolRunning } from '~/question-kit/use-tool-running';
import { useUrlAnswers } from '~/question-kit/use-url-answers';
import { type Answers, evaluate, type Model, type Outcome } from './engine';
import { progress, prune, resolveStep, type Step, stepAfterAnswer, stepBefore, walk } from './flow';
import type { LocalForm, LocalGrantCheck, LocalQuestion, LocalRule } from './localize';
import { QuestionStep } from './QuestionStep';
import { RulesVersionNotice } from './RulesVersionNotice';
import { ownKeys, readQuery, writeQuery } from './url';
import { useRulesFromAddress } from './use-rules-from-address';

interface Props {
	/** Id of the JSON data block with the texts and rules in the page's language (./island-data.ts). */
	dataId: string;
}

interface State {
	answers: Answers;
	step: Step;
	/** Came to the question from a Change link: after answering, go back to "check". */
	returnToCheck: boolean;
}

export default function GrantCheck({ dataId }: Props) {
	const data = useRulesFromAddress(dataId);
	// Without its data (a broken page) the island shows nothing; the server-rendered checklist stays.
	return data ? <SelfCheck key={data.rulesVersion} data={data} /> : null;
}

function SelfCheck({ data }: { data: LocalGrantCheck }) {
	const model: Model<LocalQuestion, LocalRule, LocalForm> = data;
	const t = data.texts;
	/** Before the URL can be read (server rendering), the first question with no answers. */
	const blank = (): State => ({ answers: {}, step: resolveStep(model, {}, null), returnToCheck: false });
	// The first render (server and hydration alike) is the first question, so hydration matches
	// the server's HTML and does not move the page (CLS); the URL hook then follows the URL.
	const [state, setState] = useState<State>(blank);
	const { message: live, announce, clear } = useAnnouncer();
	const heading = useRef<HTMLHeadingElement>(null);
	const requestFocus = useFocusRequest(() => heading.current);
	const root = useRef<HTMLElement>(null);
	useToolRunning(root);
	/**
	 * The result's code (./ResultView.tsx and the round dates) is loaded when a result is first
	 * shown: a page opens at a question, and the questions do not need it (docs/adr/0800). A result
	 * step is shown only once its code is there, so everything of the step appears at once.
	 */
	const [resultView, setResultView] = useState<typeof import('./ResultView') | null>(null);
	const resultLoaded = useRef(false);
	const show = (next: State, then: () => void) => {
		const apply = () => {
			setState(next);
			then();
		};
		if (next.step.kind !== 'result' || resultLoaded.current) return apply();
		import('./ResultView').then((m) => {
			resultLoaded.current = true;
			setResultView(m);
			apply();
		}, apply);
	};
	// Back from a page opened from the result: the same place, the followed link focused.
	useReturnPosition(root, state.step.kind === 'result');

	const fromSearch = (search: string): State => {
		const parsed = readQuery(model, search);
		const answers = prune(model, parsed.answers);
		return { answers, step: resolveStep(model, answers, parsed.step), returnToCheck: false };
	};

	/** The query for a state; the step is left out when it is the one the answers lead to anyway. */
	const queryFor = (answers: Answers, step: Step): string => {
		const natural = resolveStep(model, answers, null);
		const same =
			natural.kind === 'question' && step.kind === 'question' ? natural.key === step.key : natural.kind === step.kind;
		return writeQuery(model, answers, same ? null : step);
	};

	const url = useUrlAnswers(ownKeys(model), (search, how) => {
		const next = fromSearch(search);
		show(next, () => {
			if (how === 'pop') {
				requestFocus('heading');
				clear();
			}
		});
		return queryFor(next.answers, next.step);
	});
	/** The address of a state (other parameters kept), for links. */
	const urlFor = (answers: Answers, step: Step): string => url.href(queryFor(answers, step));

	const { answers, step } = state;

	const go = (next: State) => {
		url.write(queryFor(next.answers, next.step), 'push');
		show(next, () => {
			requestFocus('heading');
			if (next.step.kind === 'result') announce(fill(t.liveResult, { summary: summary(next.answers) }));
			else clear();
		});
	};
	const goStep = (s: Step, returnToCheck = false) => go({ answers, step: s, returnToCheck });

	const outcomeLabel = (o: Outcome) =>
		({
			eligible: t.outcomeEligible,
			'not-eligible': t.outcomeNotEligible,
			'check-with-coordinator': t.outcomeCheck,
			'not-assessed': t.outcomeNotAssessed,
		})[o];
	const summary = (a: Answers) =>
		evaluate(model, a)
			.map((r) => `${r.form.name}: ${outcomeLabel(r.outcome)}.`)
			.join(' ');

	/** A link that navigates within the island (and still works as a link: new tab, copy). */
	const stepLink = (to: Step, children: ComponentChildren, returnToCheck = false, cls?: string) => (
		<StepLink {...(cls ? { class: cls } : {})} href={urlFor(answers, to)} onFollow={() => goStep(to, returnToCheck)}>
			{children}
		</StepLink>
	);

	const w = walk(model, answers);
	const back = stepBefore(model, step, answers);
	const answerList = (change: boolean) => (
		<AnswersSummary
			changeText={t.change}
			rows={w.questions
				.filter((q) => answers[q.key] !== undefined)
				.map((q) => ({
					key: q.key,
					question: q.text,
					answer: q.options.find((o) => o.value === answers[q.key])?.label ?? '',
					change: change
						? {
								href: urlFor(answers, { kind: 'question', key: q.key }),
								onFollow: () => goStep({ kind: 'question', key: q.key }, true),
							}
						: undefined,
				}))}
		/>
	);

	let body: JSX.Element | null;
	if (step.kind === 'question') {
		const q = model.questions.find((x) => x.key === step.key);
		if (!q) return null;
		body = (
			<QuestionStep
				key={`${q.key}=${answers[q.key] ?? ''}`}
				q={q}
				value={answers[q.key]}
				t={t}
				progress={fill(t.progress, progress(model, answers, q.key))}
				headingRef={heading}
				onAnswer={(value) => {
					const next = prune(model, { ...answers, [q.key]: value });
					go({
						answers: next,
						step: stepAfterAnswer(model, q.key, next, state.returnToCheck),
						returnToCheck: state.returnToCheck,
					});
				}}
			/>
		);
	} else if (step.kind === 'check') {
		body = (
			<>
				<h2 ref={heading} tabIndex={-1}>
					{t.checkHeading}
				</h2>
				<p>{t.checkIntro}</p>
				{answerList(true)}
				<div class="qk-actions">
					<button type="button" class="qk-button" onClick={() => goStep({ kind: 'result' })}>
						{t.showResult}
					</button>
				</div>
			</>
		);
	} else if (resultView) {
		body = (
			<resultView.ResultStep
				data={data}
				answers={answers}
				headingRef={heading}
				outcomeLabel={outcomeLabel}
				summary={answerList(false)}
				changeAnswers={stepLink({ kind: 'check' }, t.changeAnswers, false, 'qk-button qk-button--secondary')}
			/>
		);
	} else {
		body = null;
	}

	const first = walk(model, {}).next;
	return (
		<section class="gc qk-island" aria-label={t.label} ref={root}>
			<p class="gc-disclaimer">{t.disclaimer}</p>
			{back && <p class="gc-back">{stepLink(back, `‹ ${t.back}`)}</p>}
			<RulesVersionNotice data={data} answers={answers} result={step.kind === 'result'} outcomeLabel={outcomeLabel} />
			{body}
			{Object.keys(answers).length > 0 && first && (
				<p class="gc-restart">
					<StepLink
						href={url.href('')}
						onFollow={() => go({ answers: {}, step: { kind: 'question', key: first.key }, returnToCheck: false })}
					>
						{t.startAgain}
					</StepLink>
				</p>
			)}
			<LiveRegion message={live} />
		</section>
	);
}
