/**
 * Which rules the self-check's result is computed with (./rules-version.ts): on the result, the
 * version of the principles the rules belong to, with its date and a link to that version; when
 * the address named another version, at every step, that these are not the current rules and, on
 * the result, the same answers' outcome per grant form under both rule sets with a link to the
 * result under the current rules; when the address named a version the site does not have, a
 * message (the value itself is never shown). Thin: texts from the data, logic in rules-version.ts.
 */

import { fill } from '~/i18n/fill';
import type { Answers, Outcome } from './engine';
import type { LocalGrantCheck, LocalRuleSet, RulesInfo, RulesNotice } from './localize';
import { compareOutcomes, currentRulesQuery } from './rules-version';

interface Props {
	data: LocalGrantCheck;
	answers: Answers;
	/** The result is shown (the rules are named and the outcomes compared only there). */
	result: boolean;
	outcomeLabel: (o: Outcome) => string;
}

export function RulesVersionNotice({ data, answers, result, outcomeLabel }: Props) {
	const t = data.texts;
	const notice: RulesNotice = data.rulesNotice ?? { kind: 'current' };
	if (notice.kind === 'unknown' || notice.kind === 'malformed') {
		return (
			<div class="gc-rules-notice" role="note">
				<p>{fill(notice.kind === 'unknown' ? t.rulesUnknown : t.rulesMalformed, { current: data.rulesVersion })}</p>
			</div>
		);
	}
	if (notice.kind !== 'pinned') return result ? <RulesNamed t={t} info={data.rulesInfo} /> : null;
	const current = notice.current;
	return (
		<div class="gc-rules-notice" role="note">
			<RulesNamed t={t} info={data.rulesInfo} />
			<p>
				{fill(data.rulesInfo.older ? t.rulesOlder : t.rulesNotCurrent, {
					current: current.info.version,
					currentDate: current.info.date,
				})}
			</p>
			{result && <Comparison data={data} current={current} answers={answers} outcomeLabel={outcomeLabel} />}
			<p>
				<a href={currentRulesQuery(current, answers)}>{t.rulesCheckCurrent}</a>
			</p>
		</div>
	);
}

function RulesNamed({ t, info }: { t: LocalGrantCheck['texts']; info: RulesInfo }) {
	const [before = '', after = ''] = t.rulesNamed.split('{document}');
	const values = { version: info.version, date: info.date };
	return (
		<p class="gc-rules-named">
			{fill(before, values)}
			<a href={info.href}>{info.title}</a>
			{fill(after, values)}
		</p>
	);
}

function Comparison(p: {
	data: LocalGrantCheck;
	current: LocalRuleSet;
	answers: Answers;
	outcomeLabel: (o: Outcome) => string;
}) {
	const { data, current } = p;
	const t = data.texts;
	const name = (id: string) =>
		(data.forms.find((f) => f.id === id) ?? current.forms.find((f) => f.id === id))?.name ?? id;
	const cell = (o: Outcome | undefined) => (o ? p.outcomeLabel(o) : t.rulesNoForm);
	return (
		// biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways on a narrow screen must be reachable by keyboard (the site's .data-table, ADR 0401)
		<section class="data-table" aria-labelledby="gc-rules-compare-caption" tabIndex={0}>
			<table class="gc-rules-compare">
				<caption id="gc-rules-compare-caption">{t.rulesCompareCaption}</caption>
				<thead>
					<tr>
						<th scope="col">{t.rulesCompareForm}</th>
						<th scope="col">{fill(t.rulesCompareColumn, { version: data.rulesInfo.version })}</th>
						<th scope="col">{fill(t.rulesCompareColumn, { version: current.info.version })}</th>
						<th scope="col">{t.rulesCompareDifference}</th>
					</tr>
				</thead>
				<tbody>
					{compareOutcomes(data, current, p.answers).map((c) => (
						<tr key={c.formId} data-differs={c.differs ? 'true' : 'false'}>
							<th scope="row">{name(c.formId)}</th>
							<td>{cell(c.pinned)}</td>
							<td>{cell(c.current)}</td>
							<td>{c.differs ? <strong>{t.rulesDiffers}</strong> : t.rulesSame}</td>
						</tr>
					))}
				</tbody>
			</table>
		</section>
	);
}
