import { describe, expect, it } from 'vitest';
import { olderRuleSet } from './test-helpers';
import { hrefsToVersion } from './version-hrefs';

describe('hrefsToVersion: an older rule set links to its own version of the principles', () => {
	const stable = { fi: '/periaatteet/', sv: '/sv/periaatteet/' };
	const permalink = { fi: '/periaatteet/2000-01-01/', sv: '/sv/periaatteet/2000-01-01/' };
	const moved = hrefsToVersion(olderRuleSet.data, stable, permalink);

	it('moves links to the stable address to the permanent one, anchors kept, in both languages', () => {
		const before = olderRuleSet.data.rules.rules.find((r) => r.id === 'lahella')?.cite;
		const after = moved.rules.rules.find((r) => r.id === 'lahella')?.cite;
		expect(after?.fi).toBe(before?.fi.replace('/periaatteet/', '/periaatteet/2000-01-01/'));
		expect(after?.sv).toBe(before?.sv.replace('/sv/periaatteet/', '/sv/periaatteet/2000-01-01/'));
		for (const f of moved.forms.forms) expect(f.cite.fi.startsWith('/periaatteet/2000-01-01/')).toBe(true);
	});

	it('leaves links to other pages as they are, and the rule set itself untouched', () => {
		const more = (d: typeof moved) => d.rules.rules.flatMap((r) => (r.more ? [r.more.href.fi] : []));
		expect(more(moved)).toEqual(more(olderRuleSet.data));
		expect(more(moved).length).toBeGreaterThan(0);
		expect(olderRuleSet.data.forms.forms[0]?.cite.fi.startsWith('/periaatteet/#')).toBe(true);
	});
});
