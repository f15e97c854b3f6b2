import { describe, expect, it } from 'vitest';
import { grantCheckData } from '~/grant-check/data';
import { olderRuleSet } from '~/grant-check/test-helpers';
import { diffRuleSets, type RuleSetChange } from './rules-diff';

const older = olderRuleSet.data;
const current = grantCheckData;
const brief = (changes: readonly RuleSetChange[]) => changes.map((c) => `${c.change} ${c.item} ${c.id}`);

describe('diffRuleSets: what changed in the grant rules between two versions', () => {
	it('nothing, between a rule set and itself', () => {
		expect(diffRuleSets(current, current)).toEqual([]);
		expect(diffRuleSets(older, structuredClone(older))).toEqual([]);
	});

	it('from the test-only older rules to the current ones: forms, then questions, then conditions', () => {
		expect(brief(diffRuleSets(older, current))).toEqual([
			'changed form hankeavustus',
			'added question area',
			'added rule area',
			'changed rule lahella',
		]);
	});

	it('says what changed: a form renamed is wording; a condition made a recommendation is its level, from and to', () => {
		const changes = diffRuleSets(older, current);
		expect(changes[0]).toMatchObject({ aspects: ['wording'], label: current.forms.forms[2]?.name });
		const lahella = changes.find((c) => c.id === 'lahella');
		expect(lahella).toMatchObject({ aspects: ['level'], level: { from: 'required', to: 'recommended' } });
		const area = changes.find((c) => c.item === 'rule' && c.id === 'area');
		expect(area?.label.fi).toBe(current.rules.rules.find((r) => r.id === 'area')?.reason.fi);
	});

	it("the other way round: added becomes removed (after what changed), the newer side's wording as the label", () => {
		const back = diffRuleSets(current, older);
		expect(brief(back)).toEqual([
			'changed form hankeavustus',
			'removed question area',
			'changed rule lahella',
			'removed rule area',
		]);
		expect(back.find((c) => c.id === 'lahella')?.level).toEqual({ from: 'recommended', to: 'required' });
		expect(back[0]?.label.sv).toBe('Projektunderstöd (testversion)');
	});

	it("groups fields into aspects: answers, forms, options, who is asked, round, source reference (a form's links too)", () => {
		const b = structuredClone(current);
		const rule = b.rules.rules.find((r) => r.id === 'audit');
		const question = b.questions.questions.find((q) => q.key === 'registered');
		const form = b.forms.forms.find((f) => f.round);
		if (!rule || !question || !form?.round) throw new Error('fixture data missing');
		rule.fail = [];
		rule.unknown = ['no'];
		rule.forms = rule.forms.slice(1);
		rule.cite = { fi: '/periaatteet/', sv: '/sv/periaatteet/' };
		rule.reason = { fi: 'Uusi', sv: 'Ny' };
		question.options = question.options.slice(0, 2);
		question.showIf = undefined;
		form.round.links = [];
		const linked = b.forms.forms.find((f) => f.links);
		if (!linked) throw new Error('fixture data missing');
		linked.links = [];
		const byId = new Map(diffRuleSets(current, b).map((c) => [c.id, c.aspects]));
		expect(byId.get(linked.id)).toEqual(['cite']);
		expect(byId.get('audit')).toEqual(['answers', 'forms', 'wording', 'cite']);
		expect(byId.get('registered')).toEqual(['options', 'asked']);
		expect(byId.get(form.id)).toEqual(['round']);
	});
});
