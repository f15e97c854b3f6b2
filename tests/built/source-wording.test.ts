/**
 * Wording the sources give, pinned on the built pages in both languages: criterion 3 of 001's
 * grant instructions with the source's conjunctions on the principles page, and 003's
 * grants-comparison footnotes with the caveat that Helsinki is not a wellbeing services county on
 * the situation-picture page.
 */
import { readFileSync } from 'node:fs';
import { type HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { resolveInternal } from './dist';

function main(url: string): HTMLElement | null {
	const file = resolveInternal(url);
	if (!file) throw new Error(`${url} was not built`);
	return parse(readFileSync(file, 'utf8')).querySelector('main');
}
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

describe('criterion 3 of the grant instructions (001) on the principles page', () => {
	// 001: "tukee, täydentää ja tekee yhteistyötä hyvinvointialueen sosiaali- ja terveystalouden
	// tai pelastuspalveluiden kanssa": three verbs joined by "ja", two objects joined by "tai".
	it.each([
		[
			'',
			'tukee, täydentää ja tekee yhteistyötä hyvinvointialueen sosiaali- ja terveyspalveluiden tai pelastuspalveluiden kanssa',
			'sosiaali- ja terveystalouden',
		],
		[
			'/sv',
			'stöder, kompletterar och samarbetar med välfärdsområdets social- och hälsovårdstjänster eller räddningstjänster',
			'sosiaali- ja terveystalouden',
		],
	])('%s/periaatteet/ has it in both lists of criteria, with the source word', (prefix, criterion, sourceWord) => {
		const items = (main(`${prefix}/periaatteet/`)?.querySelectorAll('ol > li') ?? []).filter((li) =>
			text(li).startsWith(criterion),
		);
		expect(items).toHaveLength(2);
		for (const li of items) {
			expect(text(li)).toContain(sourceWord);
			expect(li.querySelector('a[href$="-001-terveystalous"]')).not.toBeNull();
			if (prefix === '/sv') expect(text(li.querySelector('span[lang="fi"]'))).toContain(sourceWord);
		}
	});
});

describe("003's grants comparison on the situation-picture page", () => {
	const footnotes = [
		'* Rullaava budjetti, ei vertailukelpoinen muiden hyvinvointialueiden kanssa',
		'** Ei hyvinvointialue, ei vertailukelpoinen',
	];

	it.each([
		['', 'helsinki-ei-ole-hyvinvointialue', 'Helsinki ei kuitenkaan ole hyvinvointialue'],
		['/sv', 'helsingfors-är-inte-ett-välfärdsområde', 'Helsingfors är dock inte ett välfärdsområde'],
	])('%s/tilannekuva/ has the footnotes as the source gives them and the Helsinki caveat', (prefix, id, caveat) => {
		const m = main(`${prefix}/tilannekuva/`);
		const items = (m?.querySelectorAll('li') ?? []).map((li) => ({
			li,
			quote: text(li.querySelector('q') ?? li),
		}));
		for (const note of footnotes) {
			const item = items.find((i) => i.quote.startsWith(note));
			expect(item, note).toBeDefined();
			if (prefix === '/sv') expect(item?.li.querySelector('q')?.getAttribute('lang'), note).toBe('fi');
		}
		expect(m?.getElementById(id)?.tagName, id).toBe('H3');
		expect(text(m)).toContain(caveat);
		expect(text(m)).toContain('615/2021');
	});
});
