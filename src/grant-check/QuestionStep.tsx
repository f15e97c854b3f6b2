/**
 * One question of the self-check (Preact): the question as the fieldset's legend and the step's
 * heading (with "Question 5/15"), its hint and examples, the options as radio buttons (the question
 * kit's ChoiceFieldset), an error when Continue is pressed with nothing chosen, and Continue.
 */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { ChoiceFieldset } from '~/question-kit/ChoiceFieldset';
import type { LocalGrantCheck, LocalQuestion } from './localize';

export function QuestionStep(p: {
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
			<ChoiceFieldset
				type="radio"
				idPrefix={id}
				name={id}
				legend={
					<h2 ref={p.headingRef} tabIndex={-1}>
						<span class="gc-progress">
							{p.progress}
							<span class="sr-only">:</span>
						</span>{' '}
						{q.text}
					</h2>
				}
				hint={q.hint}
				error={
					error && (
						<>
							<span class="sr-only">{t.errorPrefix} </span>
							{t.errorChoose}
						</>
					)
				}
				choices={q.options.map((o) => ({ value: o.value, label: o.label, hint: o.hint }))}
				checked={(value) => choice === value}
				onChange={(value) => {
					setChoice(value);
					setError(false);
				}}
			>
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
			</ChoiceFieldset>
			<div class="qk-actions">
				<button type="submit" class="qk-button">
					{t.continue}
				</button>
			</div>
		</form>
	);
}
