/**
 * Every outcome kind and every advice, payment condition and note of the self-check's result,
 * rendered in Chromium in Finnish and Swedish from answers in the address (ADR 0001): each result
 * passes axe, and each grant form's section shows, as visible text, its outcome, the outcome's
 * explanation and, under the right heading, the reason and what to do of each condition listed.
 * The cases come from the rules data (every recommended and payment rule with each of its fail
 * and unknown answers, every rule with a note), so a new rule of those kinds is covered too.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answers, Outcome } from '~/grant-check/engine';
import type { RuleData, TextKey } from '~/grant-check/schema';
import { allGood, formIds, model } from '~/grant-check/test-helpers';
import { writeQuery } from '~/grant-check/url';
import type { Lang } from '~/i18n/lang';
import texts from '../../content/data/grant-check/texts.json';
import { axeViolations, baseUrl, chromiumForFile, collectErrors } from './setup/browser';

const path: Record<Lang, string> = { fi: '/avustuskelpoisuus/', sv: '/sv/avustuskelpoisuus/' };

/** Each outcome's label, its sign (so that the outcome is never told by colour alone) and its explanation. */
const outcomeText: Record<Outcome, { label: TextKey; icon: string; text: TextKey }> = {
	eligible: { label: 'outcomeEligible', icon: '✓', text: 'textEligible' },
	'not-eligible': { label: 'outcomeNotEligible', icon: '✗', text: 'textNotEligible' },
	'check-with-coordinator': { label: 'outcomeCheck', icon: '?', text: 'textCheck' },
	'not-assessed': { label: 'outcomeNotAssessed', icon: '–', text: 'textNotAssessed' },
};

type Section = 'failedHeading' | 'unknownHeading' | 'paymentHeading' | 'notesHeading' | 'adviceHeading';

/** What a form's section must show: its outcome, and conditions listed under a heading. */
interface Expect {
	readonly outcome: Outcome;
	readonly listed?: readonly { readonly heading: Section; readonly rule: RuleData; readonly answer: string }[];
}

interface Case {
	readonly name: string;
	readonly answers: Answers;
	readonly forms: Readonly<Record<string, Expect>>;
}

const rule = (id: string): RuleData => {
	const r = model.rules.find((x) => x.id === id);
	if (!r) throw new Error(`no rule ${id}`);
	return r;
};
const every = (e: Expect): Record<string, Expect> => Object.fromEntries(formIds.map((f) => [f, e]));

/** One case per outcome kind, each shown by at least one form. */
const outcomeCases: Case[] = [
	{ name: 'eligible for every form', answers: allGood, forms: every({ outcome: 'eligible' }) },
	{
		name: 'not eligible for the project grant (no co-funding)',
		answers: { ...allGood, cofunding: 'no' },
		forms: {
			'toiminta-avustus': { outcome: 'eligible' },
			kumppanuussopimus: { outcome: 'eligible' },
			hankeavustus: {
				outcome: 'not-eligible',
				listed: [{ heading: 'failedHeading', rule: rule('cofunding'), answer: 'no' }],
			},
		},
	},
	{
		name: 'check with the coordinator (field not sure)',
		answers: { ...allGood, field: 'unknown' },
		forms: every({
			outcome: 'check-with-coordinator',
			listed: [{ heading: 'unknownHeading', rule: rule('field'), answer: 'unknown' }],
		}),
	},
	{
		name: 'not assessed (only the project grant asked about)',
		answers: { ...allGood, interest: 'project' },
		forms: {
			'toiminta-avustus': { outcome: 'not-assessed' },
			kumppanuussopimus: { outcome: 'not-assessed' },
			hankeavustus: { outcome: 'eligible' },
		},
	},
];

const headingOf: Partial<Record<RuleData['level'], Section>> = {
	recommended: 'adviceHeading',
	payment: 'paymentHeading',
};

/** Every recommended and payment rule with each of its fail and unknown answers; every note. */
const adviceCases: Case[] = [
	...model.rules.flatMap((r) => {
		const heading = headingOf[r.level];
		if (!heading) return [];
		return [...r.fail, ...r.unknown].map(
			(answer): Case => ({
				name: `${r.level} ${r.id}: ${r.question}=${answer}`,
				answers: { ...allGood, [r.question]: answer },
				forms: Object.fromEntries(
					formIds.map((f) => [
						f,
						r.forms.includes(f)
							? { outcome: 'eligible', listed: [{ heading, rule: r, answer }] }
							: { outcome: 'eligible' },
					]),
				),
			}),
		);
	}),
	...model.rules.flatMap((r) =>
		(r.note?.on ?? []).map(
			(answer): Case => ({
				name: `note ${r.id}: ${r.question}=${answer}`,
				answers: { ...allGood, [r.question]: answer },
				forms: every({ outcome: 'eligible', listed: [{ heading: 'notesHeading', rule: r, answer }] }),
			}),
		),
	),
];

const browser = chromiumForFile();

/** The rendered text (innerText: what a reader sees, hidden parts left out), not the DOM's text. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
const visibleText = (l: Locator): Promise<string> => l.innerText();

const sectionOf = (page: Page, formId: string) => page.locator(`.gc-result:has(#gc-result-${formId})`);

async function checkCase(page: Page, lang: Lang, c: Case): Promise<void> {
	await page.goto(baseUrl() + path[lang] + writeQuery(model, c.answers, { kind: 'result' }));
	await expect.poll(() => page.locator('.gc h2').textContent(), { timeout: 10_000 }).toBe(texts.resultHeading[lang]);
	for (const form of model.forms) {
		const want = c.forms[form.id];
		if (!want) throw new Error(`${c.name}: no expectation for ${form.id}`);
		const section = sectionOf(page, form.id);
		const where = `${c.name}, ${form.id}`;
		expect(await section.getAttribute('class'), where).toContain(`gc-${want.outcome}`);
		expect(await section.isVisible(), where).toBe(true);
		const visible = await visibleText(section);
		const { label, icon, text } = outcomeText[want.outcome];
		expect(await visibleText(section.locator('h3')), where).toBe(`${form.name[lang]}: ${icon} ${texts[label][lang]}`);
		expect(visible, where).toContain(texts[text][lang]);
		const headings = await section.locator('h4').allInnerTexts();
		const sections: Section[] = ['failedHeading', 'unknownHeading', 'paymentHeading', 'notesHeading', 'adviceHeading'];
		const expectedHeadings = sections.filter((h) => want.listed?.some((l) => l.heading === h));
		expect(
			headings.filter((h) => sections.some((s) => texts[s][lang] === h)),
			where,
		).toEqual(expectedHeadings.map((h) => texts[h][lang]));
		for (const { heading, rule: r, answer } of want.listed ?? []) {
			// the list right after its heading holds the condition
			const list = section
				.getByRole('heading', { level: 4, name: texts[heading][lang], exact: true })
				.locator('xpath=following-sibling::*[1][self::ul]');
			const item = await visibleText(list);
			if (heading === 'notesHeading') {
				expect(item, where).toContain(r.note?.text[lang]);
				continue;
			}
			expect(item, where).toContain(r.reason[lang]);
			const todo = r.fail.includes(answer) ? r.next : r.nextIfUnknown;
			expect(item, where).toContain(todo?.[lang] ?? texts.unknownNextDefault[lang]);
			expect(item, where).toContain(texts.nextLabel[lang]);
		}
		if (want.outcome === 'eligible') expect(visible, where).toContain(form.ifEligible[lang]);
	}
	expect(await axeViolations(page), `axe: ${c.name}`).toEqual([]);
}

describe.each(['fi', 'sv'] as const)('every result of the self-check (%s)', (lang: Lang) => {
	it('covers every outcome kind and every recommended, payment and note rule of the data', () => {
		const shown = new Set(
			[...outcomeCases, ...adviceCases].flatMap((c) => Object.values(c.forms).map((e) => e.outcome)),
		);
		expect([...shown].sort()).toEqual(['check-with-coordinator', 'eligible', 'not-assessed', 'not-eligible']);
		const listed = new Set(
			adviceCases.flatMap((c) => Object.values(c.forms).flatMap((e) => e.listed ?? [])).map((l) => l.rule.id),
		);
		const expected = model.rules.filter((r) => r.level !== 'required' || r.note).map((r) => r.id);
		expect([...listed].sort()).toEqual([...expected].sort());
		expect(adviceCases.length).toBeGreaterThanOrEqual(6);
	});

	const cases = [...outcomeCases.map((c) => ({ ...c, name: `outcome: ${c.name}` })), ...adviceCases];
	it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		try {
			await checkCase(page, lang, c);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
