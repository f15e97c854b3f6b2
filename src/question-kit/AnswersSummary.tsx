/**
 * The answers given, as a description list: one row per question with the answer and, where the
 * tool allows it, a "change" link to that question (its accessible name says which question).
 */
import { StepLink } from './StepLink';

export interface AnswerRow {
	key: string;
	question: string;
	answer: string;
	/** The question's address and how to go there within the island; no link when absent. */
	change?: { href: string; onFollow: () => void } | undefined;
}

export function AnswersSummary(p: { rows: readonly AnswerRow[]; changeText?: string; label?: string }) {
	return (
		<dl class="qk-summary not-content" aria-label={p.label}>
			{p.rows.map((row) => (
				<div class="qk-summary-row" key={row.key}>
					<dt>{row.question}</dt>
					<dd>{row.answer}</dd>
					{row.change && (
						<dd class="qk-change">
							<StepLink href={row.change.href} onFollow={row.change.onFollow}>
								{p.changeText}
								<span class="sr-only"> – {row.question}</span>
							</StepLink>
						</dd>
					)}
				</div>
			))}
		</dl>
	);
}
