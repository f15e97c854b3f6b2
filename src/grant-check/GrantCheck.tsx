/**
 * The grant self-check island (Preact). Thin: it renders the flow and the engine's result; the
 * logic is in ./engine.ts and ./flow.ts, the URL handling in ./url.ts, and every text comes in
 * as props (prepared for the page's language by src/components/grant-check/GrantCheck.astro).
 *
 * Question-page pattern: one question per step, the question as the fieldset's legend and the
 * step's heading; Back; "check your answers" with Change links; result; Start again. Focus moves
 * to the new step's heading; the result is announced in a live region. The answers and step
 * live in the URL (pushState per step, read on load and on browser back/forward).
 *
 * Rendered on the server at its first question. Pages mark `<html data-js>` before the first
 * paint when JavaScript runs (astro.config.mjs); CSS then shows either the island (JavaScript on)
 * or the server-rendered checklist (the no-JavaScript fallback), never both.
 */
import type { ComponentChildren, JSX, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useReturnPosition } from '../lib/return-position';
import { type Answers, evaluate, type FormResult, type Model, type Outcome } from './engine';
import { progress, prune, resolveStep, type Step, stepAfterAnswer, stepBefore, walk } from './flow';
import {
	fill,
	type LocalForm,
	type LocalGrantCheck,
	type LocalQuestion,
	type LocalRound,
	type LocalRule,
} from './localize';
import { RulesVersionNotice } from './RulesVersionNotice';
import { currentOrNextRound, type Day, formatDay, formatMonth, formatPeriod, localDay } from './round';
import { readQuery, writeQuery } from './url';
import { useRulesFromAddress } from './use-rules-from-address';

interface Props {
	/** Id of the JSON data block with the texts and rules in the page's language (./island-data.ts). */
	dataId: string;
	/** Id of the server-rendered fallback to hide once the island runs. */
	fallbackId?: string;
}

interface State {
	answers: Answers;
	step: Step;
	/** Came to the question from a Change link: after answering, go back to "check". */
	returnToCheck: boolean;
}

const ICON: Record<Outcome, string> = {
	eligible: '✓',
	'not-eligible': '✗',
	'check-with-coordinator': '?',
	'not-assessed': '–',
};

export default function GrantCheck({ dataId, fallbackId }: Props) {
	const data = useRulesFromAddress(dataId);
	// Without its data (a broken page) the island shows nothing; the server-rendered checklist stays.
	return data ? <SelfCheck key={data.rulesVersion} data={data} fallbackId={fallbackId} /> : null;
}

function SelfCheck({ data, fallbackId }: { data: LocalGrantCheck; fallbackId: string | undefined }) {
	const model: Model<LocalQuestion, LocalRule, LocalForm> = data;
	const t = data.texts;
	/** Before the URL can be read (server rendering), the first question with no answers. */
	const blank = (): State => ({ answers: {}, step: resolveStep(model, {}, null), returnToCheck: false });
	// The first render (server and hydration alike) is the first question, so hydration matches
	// the server's HTML and does not move the page (CLS); the effect below then follows the URL.
	const [state, setState] = useState<State>(blank);
	const [live, setLive] = useState('');
	const heading = useRef<HTMLHeadingElement>(null);
	const focusNext = useRef(false);
	/** The query of the state on screen. */
	const shownSearch = useRef('');
	const root = useRef<HTMLElement>(null);
	// Back from a page opened from the result: the same place, the followed link focused.
	useReturnPosition(root, state.step.kind === 'result');

	const fromLocation = (): State => {
		const parsed = readQuery(model, location.search);
		const answers = prune(model, parsed.answers);
		return { answers, step: resolveStep(model, answers, parsed.step), returnToCheck: false };
	};

	/** The URL for a state; the step is left out when it is the one the answers lead to anyway. */
	const urlFor = (answers: Answers, step: Step): string => {
		const natural = resolveStep(model, answers, null);
		const same =
			natural.kind === 'question' && step.kind === 'question' ? natural.key === step.key : natural.kind === step.kind;
		return location.pathname + writeQuery(model, answers, same ? null : step);
	};

	useEffect(() => {
		// Only a URL with answers changes the first step (the state may already hold a quick first
		// answer given between hydration and this effect: never reset it to blank).
		if (location.search) {
			const initial = fromLocation();
			setState(initial);
			// Other history state (the return position of src/lib/return-position.ts) is kept.
			history.replaceState(history.state, '', urlFor(initial.answers, initial.step));
		}
		shownSearch.current = location.search;
		const onPop = () => {
			// In-page anchor links also fire popstate: react only when the query changed.
			if (location.search === shownSearch.current) return;
			shownSearch.current = location.search;
			focusNext.current = true;
			setLive('');
			setState(fromLocation());
		};
		addEventListener('popstate', onPop);
		return () => removeEventListener('popstate', onPop);
	}, []);

	// The island runs: the no-JavaScript checklist is not needed (CSS already hides it under data-js).
	useEffect(() => {
		if (fallbackId) document.getElementById(fallbackId)?.setAttribute('hidden', '');
	}, []);

	useEffect(() => {
		if (focusNext.current && heading.current) {
			focusNext.current = false;
			heading.current.focus();
		}
	});

	const { answers, step } = state;

	const go = (next: State) => {
		focusNext.current = true;
		setState(next);
		history.pushState(null, '', urlFor(next.answers, next.step));
		shownSearch.current = location.search;
		setLive(next.step.kind === 'result' ? fill(t.liveResult, { summary: summary(next.answers) }) : '');
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
		<a
			class={cls}
			href={urlFor(answers, to)}
			onClick={(e) => {
				if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
				e.preventDefault();
				goStep(to, returnToCheck);
			}}
		>
			{children}
		</a>
	);

	const w = walk(model, answers);
	const back = stepBefore(model, step, answers);
	const answerList = (change: boolean) => (
		<dl class="gc-summary not-content">
			{w.questions
				.filter((q) => answers[q.key] !== undefined)
				.map((q) => (
					<div class="gc-summary-row" key={q.key}>
						<dt>{q.text}</dt>
						<dd>{q.options.find((o) => o.value === answers[q.key])?.label}</dd>
						{change && (
							<dd class="gc-change">
								{stepLink(
									{ kind: 'question', key: q.key },
									<>
										{t.change}
										<span class="sr-only"> – {q.text}</span>
									</>,
									true,
								)}
							</dd>
						)}
					</div>
				))}
		</dl>
	);

	let body: JSX.Element;
	if (step.kind === 'question') {
		const q = model.questions.find((x) => x.key === step.key);
		if (!q) return null;
		body = (
			<Question
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
				<div class="gc-actions">
					<button type="button" class="gc-button" onClick={() => goStep({ kind: 'result' })}>
						{t.showResult}
					</button>
				</div>
			</>
		);
	} else {
		const [before, after] = t.sourceNote.split('{document}');
		const [draftBefore, draftAfter] = t.draftNote.split('{document}');
		const today = localDay(new Date());
		body = (
			<>
				<h2 ref={heading} tabIndex={-1}>
					{t.resultHeading}
				</h2>
				<p>{t.resultIntro}</p>
				{data.source.draft && (
					<div class="gc-draft" role="note">
						<p>
							<strong>{t.draftHeading}.</strong> {fill(draftBefore ?? '', data.source)}
							<a href={data.source.href}>{data.source.title}</a>
							{fill(draftAfter ?? '', data.source)}
						</p>
					</div>
				)}
				{evaluate(model, answers).map((r) => (
					<Result
						key={r.form.id}
						r={r}
						answers={answers}
						t={t}
						lang={data.lang}
						today={today}
						label={outcomeLabel(r.outcome)}
					/>
				))}
				<p class="gc-contact">
					<strong>{t.contactLabel}:</strong> {data.contact.title},{' '}
					<a href={`mailto:${data.contact.email}`}>{data.contact.email}</a>
				</p>
				<p class="gc-source">
					{fill(before ?? '', data.source)}
					<a href={data.source.href}>{data.source.title}</a>
					{fill(after ?? '', data.source)}
				</p>
				<h3>{t.answersHeading}</h3>
				{answerList(false)}
				<div class="gc-actions">
					{stepLink({ kind: 'check' }, t.changeAnswers, false, 'gc-button gc-secondary')}
					<button type="button" class="gc-button gc-secondary" onClick={() => print()}>
						{t.print}
					</button>
				</div>
			</>
		);
	}

	const first = walk(model, {}).next;
	return (
		<section class="gc" aria-label={t.label} ref={root}>
			<p class="gc-disclaimer">{t.disclaimer}</p>
			{back && <p class="gc-back">{stepLink(back, `‹ ${t.back}`)}</p>}
			<RulesVersionNotice data={data} answers={answers} result={step.kind === 'result'} outcomeLabel={outcomeLabel} />
			{body}
			{Object.keys(answers).length > 0 && first && (
				<p class="gc-restart">
					<a
						href={location.pathname}
						onClick={(e) => {
							if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
							e.preventDefault();
							go({ answers: {}, step: { kind: 'question', key: first.key }, returnToCheck: false });
						}}
					>
						{t.startAgain}
					</a>
				</p>
			)}
			<div class="sr-only" aria-live="polite" aria-atomic="true">
				{live}
			</div>
		</section>
	);
}

function Question(p: {
	q: LocalQuestion;
	value: string | undefined;
	t: LocalGrantCheck['texts'];
	progress: string;
	headingRef: RefObject<HTMLHeadingElement>;
	onAnswer: (value: string) => void;
}) {
	const { q, t } = p;
	const [choice, setChoice] = useState(p.value ?? '');
	const [error, setError] = useState(false);
	const id = `gc-${q.key}`;
	const describedBy = [q.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
	return (
		<form
			noValidate
			onSubmit={(e) => {
				e.preventDefault();
				if (choice) return p.onAnswer(choice);
				setError(true);
				e.currentTarget.querySelector('input')?.focus();
			}}
		>
			<fieldset class={error ? 'gc-fieldset gc-invalid' : 'gc-fieldset'} aria-describedby={describedBy || undefined}>
				<legend>
					<h2 ref={p.headingRef} tabIndex={-1}>
						<span class="gc-progress">
							{p.progress}
							<span class="sr-only">:</span>
						</span>{' '}
						{q.text}
					</h2>
				</legend>
				{q.hint && (
					<p id={`${id}-hint`} class="gc-hint">
						{q.hint}
					</p>
				)}
				{q.examples && (
					<div class="gc-examples">
						<p>
							<strong>{q.examples.title}</strong>
						</p>
						<ul>
							{q.examples.items.map((item) => (
								<li key={item}>{item}</li>
							))}
						</ul>
						{q.examples.note && <p>{q.examples.note}</p>}
					</div>
				)}
				{error && (
					<p id={`${id}-error`} class="gc-error" role="alert">
						<span class="sr-only">{t.errorPrefix} </span>
						{t.errorChoose}
					</p>
				)}
				<div class="gc-options">
					{q.options.map((o) => (
						<div class="gc-option" key={o.value}>
							<input
								type="radio"
								id={`${id}-${o.value}`}
								name={id}
								value={o.value}
								checked={choice === o.value}
								aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
								onChange={() => {
									setChoice(o.value);
									setError(false);
								}}
							/>
							<label for={`${id}-${o.value}`}>{o.label}</label>
							{o.hint && (
								<p id={`${id}-${o.value}-hint`} class="gc-option-hint">
									{o.hint}
								</p>
							)}
						</div>
					))}
				</div>
			</fieldset>
			<div class="gc-actions">
				<button type="submit" class="gc-button">
					{t.continue}
				</button>
			</div>
		</form>
	);
}

function Result(p: {
	r: FormResult<LocalRule, LocalForm>;
	answers: Answers;
	t: LocalGrantCheck['texts'];
	lang: LocalGrantCheck['lang'];
	today: Day;
	label: string;
}) {
	const { r, t } = p;
	const id = `gc-result-${r.form.id}`;
	const text = {
		eligible: t.textEligible,
		'not-eligible': t.textNotEligible,
		'check-with-coordinator': t.textCheck,
		'not-assessed': t.textNotAssessed,
	}[r.outcome];
	const item = (rule: LocalRule, next: string | undefined) => (
		<li key={rule.id}>
			{rule.reason}
			{rule.interpretations?.map((href) => (
				<span key={href}>
					{' '}
					(<a href={href}>{t.interpretationLabel}</a>)
				</span>
			))}
			{next && (
				<>
					<br />
					<strong>{t.nextLabel}</strong> {next}
					{rule.more && (
						<>
							{' '}
							<a href={rule.more.href}>{rule.more.label}</a>
						</>
					)}
				</>
			)}
			<br />
			<span class="gc-cite">
				{t.citeLabel} <a href={rule.cite.href}>{rule.cite.label}</a>
			</span>
		</li>
	);
	const failedAnswer = (rule: LocalRule) => rule.fail.includes(p.answers[rule.question] ?? '');
	const whatToDo = (rule: LocalRule) => (failedAnswer(rule) ? rule.next : (rule.nextIfUnknown ?? t.unknownNextDefault));
	const open = [...r.unknown, ...r.unanswered];
	return (
		<section class={`gc-result gc-${r.outcome}`} aria-labelledby={id}>
			<h3 id={id}>
				{r.form.name}:{' '}
				<span class="gc-outcome">
					<span aria-hidden="true">{ICON[r.outcome]}</span> {p.label}
				</span>
			</h3>
			<p>{text}</p>
			{r.failed.length > 0 && (
				<>
					<h4>{t.failedHeading}</h4>
					<ul>{r.failed.map((rule) => item(rule, rule.next))}</ul>
				</>
			)}
			{open.length > 0 && (
				<>
					<h4>{t.unknownHeading}</h4>
					<ul>{open.map((rule) => item(rule, rule.nextIfUnknown ?? t.unknownNextDefault))}</ul>
				</>
			)}
			{r.payment.length > 0 && (
				<>
					<h4>{t.paymentHeading}</h4>
					<ul>{r.payment.map((rule) => item(rule, whatToDo(rule)))}</ul>
				</>
			)}
			{r.notes.length > 0 && (
				<>
					<h4>{t.notesHeading}</h4>
					<ul>
						{r.notes.map((rule) => (
							<li key={rule.id}>{rule.note?.text}</li>
						))}
					</ul>
				</>
			)}
			{r.advice.length > 0 && (
				<>
					<h4>{t.adviceHeading}</h4>
					<ul>{r.advice.map((rule) => item(rule, whatToDo(rule)))}</ul>
				</>
			)}
			{r.outcome === 'eligible' && (
				<p>
					<strong>{t.nextLabel}</strong> {r.form.ifEligible}
				</p>
			)}
			{(r.outcome === 'eligible' || r.outcome === 'check-with-coordinator') && r.form.round && (
				<NextSteps round={r.form.round} t={t} lang={p.lang} today={p.today} />
			)}
			{r.form.info && r.outcome !== 'not-assessed' && (
				<p>
					<strong>{t.infoLabel}</strong> {r.form.info}
				</p>
			)}
			<p class="gc-cite">
				{t.citeLabel} <a href={r.form.cite.href}>{r.form.cite.label}</a>
			</p>
		</section>
	);
}

/** The round open today or the next one, its decision month and the reporting deadline, with links. */
function NextSteps(p: { round: LocalRound; t: LocalGrantCheck['texts']; lang: LocalGrantCheck['lang']; today: Day }) {
	const { round, t, lang } = p;
	const next = currentOrNextRound(round, p.today);
	const period = formatPeriod(lang, next.start, next.end);
	return (
		<div class="gc-next-steps">
			<h4>{t.nextStepsHeading}</h4>
			<ul>
				<li class="gc-round">{fill(next.open ? t.roundOpen : t.roundNext, { period })}</li>
				<li class="gc-decision">{fill(t.decisionMonth, { month: formatMonth(lang, next.decision) })}</li>
				<li class="gc-report">
					{fill(t.reportDeadline, { date: formatDay(lang, next.reportBy) })}
					{round.interpretations?.map((href) => (
						<span key={href}>
							{' '}
							(<a href={href}>{t.interpretationLabel}</a>)
						</span>
					))}
				</li>
				<li>
					<a href={round.calendar.href}>{t.calendarLink}</a>
				</li>
				{round.links.map((l) => (
					<li key={l.href}>
						<a href={l.href}>{l.label}</a>
					</li>
				))}
			</ul>
		</div>
	);
}
