/**
 * The section resolver loads each page once, in a test of its own (the older "loads each page
 * once" test counts loads made by the tests before it, so a mutation test that runs it alone saw
 * nothing to count). Written to kill mutants the other tests let survive (docs/mutation-testing.md).
 */
import { describe, expect, it } from 'vitest';
import { headingIds, type SectionPage, sectionResolver } from './sections';

describe('sectionResolver loads each page once', () => {
	it('three links to one page, with and without anchors: one load; another page: one more', async () => {
		const loads: string[] = [];
		const page: SectionPage = { title: 'Malli', headings: headingIds(['Yksi', 'Kaksi']) };
		const resolve = sectionResolver(async (id) => {
			loads.push(id);
			return page;
		}, 'Test');
		await resolve('/malli/#yksi');
		await resolve('/malli/#kaksi');
		await resolve('/malli/');
		expect(loads).toEqual(['malli']);
		expect((await resolve('/sv/malli/')).label).toBe('Malli');
		expect(loads).toEqual(['malli', 'sv/malli']);
	});

	it('a page that does not exist is asked for once too', async () => {
		const loads: string[] = [];
		const resolve = sectionResolver(async (id) => {
			loads.push(id);
			return undefined;
		}, 'Test');
		await expect(resolve('/ei/#a')).rejects.toThrow('no such page');
		await expect(resolve('/ei/')).rejects.toThrow('no such page');
		expect(loads).toEqual(['ei']);
	});
});
