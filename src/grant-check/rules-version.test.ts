import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { currentRulesVersion, grantCheckData, grantRuleSets, type RuleSet, ruleSetsFromFiles } from './data';
import { type Answers, evaluate, type Outcome } from './engine';
import { type LocalGrantCheck, type LocalRuleSet, localize, type RulesInfo } from './localize';
import { RulesVersionNotice } from './RulesVersionNotice';
import { answersUnder, chooseRules, compareOutcomes, currentRulesQuery, selectRules } from './rules-version';
import { allGood, model as currentModel, modelOf, olderRuleSet } from './test-helpers';
import { readQuery, readRulesParam, writeQuery } from './url';

const older = modelOf(olderRuleSet);
const current: RuleSet = { version: currentRulesVersion, data: grantCheckData };

/** The island's data as the wrapper builds it, with the test-only older rules beside the current ones. */
function islandData(lang: 'fi' | 'sv', others: readonly RuleSet[] = [olderRuleSet]): LocalGrantCheck {
	const info = (set: RuleSet): RulesInfo => ({
		version: set.version,
		date: set.version === currentRulesVersion ? '10.10.2022' : '1.1.2000',
		title: lang === 'fi' ? 'Järjestöyhteistyön periaatteet' : 'Principerna för organisationssamarbetet',
		href: `${lang === 'sv' ? '/sv' : ''}/periaatteet/${set.version}/`,
		older: set.version < currentRulesVersion,
	});
	const local = (set: RuleSet) =>
		localize(
			set.data,
			lang,
			(href) => href,
			{ title: 'T', version: set.version, status: 's', draft: false, href: '/periaatteet/' },
			{ title: 'K', email: 'k@example.org' },
			() => undefined,
			(id) => id,
		);
	const otherRuleSets: LocalRuleSet[] = others.map((set) => {
		const { source, questions, rules, forms } = local(set);
		return { info: info(set), source, questions, rules, forms };
	});
	return { ...local(current), rulesVersion: current.version, rulesInfo: info(current), otherRuleSets };
}

const outcomesOf = (results: readonly { outcome: Outcome }[]) => results.map((r) => r.outcome);

describe('rule sets per version (content/data/grant-check/<version>/)', () => {
	it('the default content has one rule set, the current one, for the principles version 2022-10-10', () => {
		expect(grantRuleSets.map((s) => s.version)).toEqual(['2022-10-10']);
		expect(currentRulesVersion).toBe('2022-10-10');
	});
	it('a folder lacking a file, or a file that is not part of a rule set, fails with the folder named', () => {
		const files = { 'x/2030-01/questions.json': {}, 'x/2030-01/rules.json': {} };
		expect(() => ruleSetsFromFiles(files, {})).toThrow(/2030-01\/ lacks forms\.json/);
		expect(() => ruleSetsFromFiles({ 'x/2030-01/other.json': {} }, {})).toThrow(/holds only/);
		expect(() => ruleSetsFromFiles({ 'x/Bad Id/rules.json': {} }, {})).toThrow(/not a version id/);
	});
	it('the test-only older rules differ from the current ones', () => {
		expect(older.questions.some((q) => q.key === 'area')).toBe(false);
		expect(older.rules.find((r) => r.id === 'lahella')?.level).toBe('required');
		expect(currentModel.rules.find((r) => r.id === 'lahella')?.level).toBe('recommended');
	});
});

describe('the rules an address asks for', () => {
	const others = [{ info: { version: '2000-01-01' } }];
	const choose = (search: string) => chooseRules(readRulesParam(search), others, '2022-10-10').kind;

	it('no rules key, or the current version: the current rules', () => {
		expect(choose('?applicant=association')).toBe('current');
		expect(choose('?rules=2022-10-10')).toBe('current');
	});
	it('another version the site has: exactly those rules', () => {
		expect(choose('?rules=2000-01-01&applicant=association')).toBe('pinned');
	});
	it('a version the site does not have, or a malformed value: the current rules, with a message', () => {
		expect(choose('?rules=1999-01-01')).toBe('unknown');
		for (const bad of [
			'?rules=<script>alert(1)</script>',
			'?rules=',
			'?rules=../../etc',
			'?rules=%E0%A4%A',
			'?rules=A',
		])
			expect(choose(bad), bad).toBe('malformed');
		expect(choose(`?rules=${'1'.repeat(2100)}`)).toBe('malformed');
	});
	it('a malformed value is never carried into the data the island renders', () => {
		const selected = selectRules(islandData('fi'), '?rules=%3Cimg%20src%3Dx%3E&applicant=association');
		expect(selected.rulesNotice).toEqual({ kind: 'malformed' });
		expect(selected.rulesVersion).toBe(currentRulesVersion);
		expect(JSON.stringify(selected)).not.toContain('<img');
		const html = renderToString(
			h(RulesVersionNotice, { data: selected, answers: {}, result: true, outcomeLabel: (o: Outcome) => o }),
		);
		expect(html).not.toContain('img');
		expect(html).toContain(`versio ${currentRulesVersion}`);
	});
});

describe('a result shared under the older test rules', () => {
	// Made under the older rules: no Lähellä.fi listing, no question about the area (it did not exist).
	const { area: _area, ...olderAnswers }: Answers = { ...allGood, lahella: 'no' };
	const address = writeQuery({ ...older, rulesVersion: olderRuleSet.version }, olderAnswers, { kind: 'result' });

	it('carries its rules version in the address', () => {
		expect(address).toContain('rules=2000-01-01');
		expect(readRulesParam(address)).toEqual({ kind: 'version', version: '2000-01-01' });
	});

	it('stays the same: recomputed with exactly the older rules (not eligible: the listing was required)', () => {
		const selected = selectRules(islandData('fi'), address);
		expect(selected.rulesVersion).toBe('2000-01-01');
		expect(selected.questions.map((q) => q.key)).toEqual(older.questions.map((q) => q.key));
		const answers = readQuery(selected, address).answers;
		const then = evaluate(older, olderAnswers);
		expect(outcomesOf(evaluate(selected, answers))).toEqual(outcomesOf(then));
		expect(outcomesOf(then)).toEqual(['not-eligible', 'not-eligible', 'not-eligible']);
		// Under the current rules the same answers would not give that: the result would have changed.
		expect(outcomesOf(evaluate(currentModel, answers))).not.toEqual(outcomesOf(then));
	});

	it('says that newer rules exist, naming both versions, in Finnish and Swedish', () => {
		for (const lang of ['fi', 'sv'] as const) {
			const selected = selectRules(islandData(lang), address);
			const notice = selected.rulesNotice;
			expect(notice?.kind).toBe('pinned');
			expect(selected.rulesInfo.older).toBe(true);
			const html = renderToString(
				h(RulesVersionNotice, {
					data: selected,
					answers: readQuery(selected, address).answers,
					result: true,
					outcomeLabel: (o: Outcome) => `[${o}]`,
				}),
			);
			expect(html).toContain(lang === 'fi' ? 'sivustolla on uudemmat ehdot' : 'finns nyare villkor');
			expect(html).toContain(`href="${lang === 'sv' ? '/sv' : ''}/periaatteet/2000-01-01/"`);
			expect(html).toContain('2000-01-01');
			expect(html).toContain(currentRulesVersion);
			expect(html).toContain(
				lang === 'fi' ? 'Tarkista samat vastaukset nykyisillä ehdoilla' : 'Kontrollera samma svar',
			);
			// The comparison, form by form: every form's outcome differs, said in words.
			expect(html.match(/data-differs="true"/g)).toHaveLength(3);
			expect(html.match(new RegExp(lang === 'fi' ? 'Tulos muuttuu' : 'Resultatet ändras', 'g'))).toHaveLength(3);
		}
	});

	it('the comparison with the current rules is right, form by form', () => {
		// Under the current rules the listing is only advice, but the new area question is unanswered.
		expect(compareOutcomes(older, currentModel, olderAnswers)).toEqual([
			{ formId: 'toiminta-avustus', pinned: 'not-eligible', current: 'check-with-coordinator', differs: true },
			{ formId: 'kumppanuussopimus', pinned: 'not-eligible', current: 'check-with-coordinator', differs: true },
			{ formId: 'hankeavustus', pinned: 'not-eligible', current: 'check-with-coordinator', differs: true },
		]);
		// A company is not eligible under either: no difference.
		const company = { ...olderAnswers, applicant: 'company' };
		for (const c of compareOutcomes(older, currentModel, company)) {
			expect(c).toMatchObject({ pinned: 'not-eligible', current: 'not-eligible', differs: false });
		}
		// Only the project grant asked about: the others are "not assessed" under both.
		const project = { ...olderAnswers, interest: 'project', lahella: 'yes' };
		expect(compareOutcomes(older, currentModel, project).map((c) => [c.pinned, c.current])).toEqual([
			['not-assessed', 'not-assessed'],
			['not-assessed', 'not-assessed'],
			['eligible', 'check-with-coordinator'],
		]);
	});

	it('the comparison agrees with the result the current rules give when that link is followed', () => {
		const selected = selectRules(islandData('sv'), address);
		const notice = selected.rulesNotice;
		if (notice?.kind !== 'pinned') throw new Error('not pinned');
		const link = currentRulesQuery(notice.current, olderAnswers);
		expect(readRulesParam(link)).toEqual({ kind: 'version', version: currentRulesVersion });
		const reopened = selectRules(islandData('sv'), link);
		expect(reopened.rulesNotice).toEqual({ kind: 'current' });
		const outcomes = outcomesOf(evaluate(reopened, readQuery(reopened, link).answers));
		expect(outcomes).toEqual(compareOutcomes(older, currentModel, olderAnswers).map((c) => c.current));
	});

	it('a form only one rule set has is shown as missing from the other', () => {
		const fewer = { ...older, forms: older.forms.filter((f) => f.id !== 'hankeavustus') };
		const last = compareOutcomes(fewer, currentModel, olderAnswers).at(-1);
		expect(last).toMatchObject({ formId: 'hankeavustus', pinned: undefined, differs: true });
	});

	it('answers the current rules cannot read are dropped, an address without the scope answer asks about every form', () => {
		const { interest: _i, ...noScope } = olderAnswers;
		expect(answersUnder(currentModel, { ...noScope, nosuch: 'x' })).toMatchObject({ interest: 'all' });
		expect(answersUnder(currentModel, { ...noScope, nosuch: 'x' })).not.toHaveProperty('nosuch');
	});
});

describe('new results', () => {
	it('carry the current rules version; an address without answers carries nothing', () => {
		const data = islandData('fi');
		const answers: Answers = { interest: 'all', applicant: 'association' };
		expect(writeQuery(data, answers, null)).toBe(`?interest=all&applicant=association&rules=${currentRulesVersion}`);
		expect(writeQuery(data, {}, null)).toBe('');
		// An unknown version in the address: the next address written carries the current one.
		const selected = selectRules(data, '?rules=1999-01-01&interest=all');
		expect(selected.rulesNotice).toEqual({ kind: 'unknown' });
		expect(writeQuery(selected, answers, null)).toContain(`rules=${currentRulesVersion}`);
	});
	it('the current rules are named with version, date and a link to that version at the result only', () => {
		const data = selectRules(islandData('sv'), '');
		const render = (result: boolean) =>
			renderToString(h(RulesVersionNotice, { data, answers: {}, result, outcomeLabel: (o: Outcome) => o }));
		expect(render(true)).toContain(`version ${currentRulesVersion} (10.10.2022)`);
		expect(render(true)).toContain(`href="/sv/periaatteet/${currentRulesVersion}/"`);
		expect(render(false)).toBe('');
	});
});
