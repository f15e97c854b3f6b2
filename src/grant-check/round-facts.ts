/**
 * A grant form's yearly round read where its facts live, with the annual cycle's readers
 * (src/annual-cycle/resolve.ts `timingOf`): the period and the decision month from the form's
 * `info`, the reporting deadline from the reason of its `round.reportRule`. Build time only (the
 * Astro wrapper, the unit tests); a text that no longer states a fact fails the build.
 */
import { type ResolveInputs, timingOf } from '~/annual-cycle/resolve';
import type { RoundFacts } from './round';
import type { GrantCheckData } from './schema';

export function roundFactsOf(data: GrantCheckData, formId: string): RoundFacts | undefined {
	const form = data.forms.forms.find((f) => f.id === formId);
	if (!form?.round) return undefined;
	// Only the grant facts are read here; dates from documents and the council are not needed.
	const inputs: ResolveInputs = {
		forms: data.forms.forms,
		rules: data.rules.rules,
		documentDate: () => undefined,
		councilTerm: { from: '', until: '' },
	};
	const where = `grant self-check form "${formId}"`;
	const period = timingOf(where, { derive: 'grant-application-period', form: formId }, inputs);
	const decision = timingOf(where, { derive: 'grant-decision-month', form: formId }, inputs);
	const report = timingOf(where, { derive: 'grant-report-deadline', rule: form.round.reportRule }, inputs);
	if (period.kind !== 'yearly-period' || decision.kind !== 'yearly-month' || report.kind !== 'yearly-deadline') {
		throw new Error(`Grant self-check: cannot read the round of "${formId}" from its info and rule texts.`);
	}
	return {
		start: period.start,
		end: period.end,
		decisionMonth: decision.month,
		reportMonthsAfterYearEnd: report.monthsAfterYearEnd,
	};
}
