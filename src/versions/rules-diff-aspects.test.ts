/**
 * diffRuleSets field by field: each field of a condition, a question and a grant form changed on
 * its own names exactly one aspect, and each kind of change is the exact object the compare page
 * renders. The real older and current rules are compared in ./rules-diff.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { grantCheckData } from '~/grant-check/data';
import type { GrantCheckData } from '~/grant-check/schema';
import { diffRuleSets } from './rules-diff';

/** The current rules with one change made by `edit`. */
const edited = (edit: (d: GrantCheckData) => void): GrantCheckData => {
	const d = structuredClone(grantCheckData);
	edit(d);
	return d;
};
const ruleOf = (d: GrantCheckData, id: string) => {
	const r = d.rules.rules.find((x) => x.id === id);
	if (!r) throw new Error(`no rule ${id}`);
	return r;
};
const aspectsAfter = (edit: (d: GrantCheckData) => void) =>
	diffRuleSets(grantCheckData, edited(edit)).map((c) => c.aspects);

describe('one field changed: one aspect', () => {
	it('of a condition', () => {
		const first = grantCheckData.rules.rules[0];
		if (!first) throw new Error('no rules');
		const id = first.id;
		expect(aspectsAfter((d) => (ruleOf(d, id).fail = ['x']))).toEqual([['answers']]);
		expect(aspectsAfter((d) => (ruleOf(d, id).unknown = ['x']))).toEqual([['answers']]);
		expect(aspectsAfter((d) => (ruleOf(d, id).forms = ['x']))).toEqual([['forms']]);
		expect(aspectsAfter((d) => (ruleOf(d, id).question = 'x'))).toEqual([['question']]);
		expect(aspectsAfter((d) => (ruleOf(d, id).cite = { fi: '/x/', sv: '/sv/x/' }))).toEqual([['cite']]);
		expect(aspectsAfter((d) => (ruleOf(d, id).interpretations = ['999-x']))).toEqual([['cite']]);
		expect(aspectsAfter((d) => (ruleOf(d, id).next = { fi: 'x', sv: 'x' }))).toEqual([['wording']]);
	});

	it('of a question and of a grant form', () => {
		const q = (d: GrantCheckData) => d.questions.questions[0] as GrantCheckData['questions']['questions'][number];
		expect(aspectsAfter((d) => (q(d).options = []))).toEqual([['options']]);
		expect(aspectsAfter((d) => (q(d).showIf = [{ question: 'x', in: ['y'] }]))).toEqual([['asked']]);
		expect(aspectsAfter((d) => (q(d).text = { fi: 'x', sv: 'x' }))).toEqual([['wording']]);
		const f = (d: GrantCheckData) => d.forms.forms[0] as GrantCheckData['forms']['forms'][number];
		expect(aspectsAfter((d) => (f(d).round = { reportRule: 'x', links: [] }))).toEqual([['round']]);
		expect(aspectsAfter((d) => (f(d).cite = { fi: '/x/', sv: '/sv/x/' }))).toEqual([['cite']]);
		expect(aspectsAfter((d) => (f(d).summary = { fi: 'x', sv: 'x' }))).toEqual([['wording']]);
	});
});

describe('each kind of change, exactly', () => {
	const form = grantCheckData.forms.forms[0];
	const question = grantCheckData.questions.questions[0];
	const rule = grantCheckData.rules.rules[0];
	if (!form || !question || !rule) throw new Error('no data');

	it('a changed form and question have no level; a changed condition has one only when its level changed', () => {
		const b = edited((d) => {
			(d.forms.forms[0] as typeof form).summary = { fi: 'x', sv: 'x' };
			(d.questions.questions[0] as typeof question).options = [];
			ruleOf(d, rule.id).reason = { fi: 'Uusi', sv: 'Ny' };
		});
		expect(diffRuleSets(grantCheckData, b)).toEqual([
			{ item: 'form', id: form.id, change: 'changed', label: form.name, aspects: ['wording'] },
			{ item: 'question', id: question.key, change: 'changed', label: question.text, aspects: ['options'] },
			{ item: 'rule', id: rule.id, change: 'changed', label: { fi: 'Uusi', sv: 'Ny' }, aspects: ['wording'] },
		]);
	});

	it('an added and a removed item have no aspects', () => {
		const b = edited((d) => {
			d.questions.questions = d.questions.questions.slice(1);
			d.forms.forms.push({ ...form, id: 'uusi' });
		});
		expect(diffRuleSets(grantCheckData, b)).toEqual([
			{ item: 'form', id: 'uusi', change: 'added', label: form.name, aspects: [] },
			{ item: 'question', id: question.key, change: 'removed', label: question.text, aspects: [] },
		]);
	});
});
