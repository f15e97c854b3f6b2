/**
 * The self-check's result (Preact): the outcome for each grant form with its reasons, what to do
 * next and the form's yearly round, the contact and the source, the answers, and the actions.
 * Thin: every text comes from the island's data.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { fill } from '~/i18n/fill';
import { type Answers, evaluate, type FormResult, type Model, type Outcome } from './engine';
import type { LocalForm, LocalGrantCheck, LocalQuestion, LocalRound, LocalRule } from './localize';
import { currentOrNextRound, type Day, formatDay, formatMonth, formatPeriod, localDay } from './round';

const ICON: Record<Outcome, string> = {
	eligible: '✓',
	'not-eligible': '✗',
	'check-with-coordinator': '?',
	'not-assessed': '–',
};

/**
 * The result step: `summary` is the answers given, `changeAnswers` the link back to "check your
 * answers". Loaded on demand by ./GrantCheck.tsx (a dynamic import, which knip does not follow).
 * @public
 */
export function ResultStep(p: {
	data: LocalGrantCheck;
	answers: Answers;
	headingRef: RefObject<HTMLHeadingElement>;
	outcomeLabel: (o: Outcome) => string;
	summary: ComponentChildren;
	changeAnswers: ComponentChildren;
}) {
	const { data, answers, outcomeLabel } = p;
	const model: Model<LocalQuestion, LocalRule, LocalForm> = data;
	const t = data.texts;
	const [before, after] = t.sourceNote.split('{document}');
	const [draftBefore, draftAfter] = t.draftNote.split('{document}');
	const today = localDay(new Date());
	return (
		<>
			<h2 ref={p.headingRef} tabIndex={-1}>
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
			{p.summary}
			<div class="qk-actions">
				{p.changeAnswers}
				<button type="button" class="qk-button qk-button--secondary" onClick={() => print()}>
					{t.print}
				</button>
			</div>
		</>
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
			{(r.outcome === 'eligible' || r.outcome === 'check-with-coordinator') && !r.form.round && r.form.links && (
				<div class="gc-next-steps">
					<h4>{t.nextStepsHeading}</h4>
					<ul>
						<LinkItems links={r.form.links} />
					</ul>
				</div>
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
				<LinkItems links={round.links} />
			</ul>
		</div>
	);
}

/** The next steps' links, one list item each. */
function LinkItems({ links }: { links: LocalRound['links'] }) {
	return (
		<>
			{links.map((l) => (
				<li key={l.href}>
					<a href={l.href}>{l.label}</a>
				</li>
			))}
		</>
	);
}
