import { describe, expect, it } from 'vitest';
import { filePages } from '~/data/content-files';
import { sectionResolver } from '~/data/sections';
import { langs } from '~/i18n/lang';
import rawModel from '../../content/data/cooperation-forms/_model.json';
import rawNeeds from '../../content/data/cooperation-forms/_needs.json';
import rawTexts from '../../content/data/cooperation-forms/_texts.json';
import rawFunctional from '../../content/data/cooperation-forms/functional.json';
import { loadPickerData, pickerData, pickerHrefs } from './data';
import { pickerProps } from './localize';

const clone = <T>(x: T): T => structuredClone(x);
const allForms = (): Record<string, unknown> =>
	Object.fromEntries(pickerData.forms.map((f) => [`/content/data/cooperation-forms/${f.id}.json`, clone(f)]));

describe('the data', () => {
	it('loads: seven forms under the four model forms, twelve needs', () => {
		expect(pickerData.forms.map((f) => f.id)).toEqual([
			'functional',
			'influence-structures',
			'cooperation-agreements',
			'operating-grant',
			'partnership-agreement',
			'co-development-grant',
			'project-grant',
		]);
		expect(pickerData.model.forms.map((f) => f.number)).toEqual([1, 2, 3, 4]);
		expect(pickerData.needs.needs).toHaveLength(12);
	});

	it('links grant forms, and only them, to the eligibility self-check', () => {
		for (const f of pickerData.forms) expect(f.eligibilityCheck).toBe(f.money);
	});

	it('says that the model (000) and the grant instructions (001) come from different counties', () => {
		expect(pickerData.model.mappingIntro.fi).toContain('eri hyvinvointialueiden asiakirjoja');
		expect(pickerData.model.mappingIntro.sv).toContain('dokument från olika välfärdsområden');
		// A grant form of the model itself (not a form of 001) that the picker sends to the self-check,
		// which is built on 001's rules, says it in its own mapping too.
		const modelOnly = pickerData.forms.filter((f) => f.eligibilityCheck && f.mapping.fi.startsWith('Mallin'));
		expect(modelOnly.map((f) => f.id)).toEqual(['co-development-grant']);
		for (const f of modelOnly) {
			expect(f.mapping.fi, f.id).toMatch(/lähde 000\).*lähde 001\).*eri hyvinvointialueiden asiakirjoja/);
			expect(f.mapping.sv, f.id).toMatch(/källa 000\).*källa 001\).*dokument från olika välfärdsområden/);
		}
	});

	it('keeps the facts the sources give', () => {
		const byId = new Map(pickerData.forms.map((f) => [f.id, f]));
		expect(byId.get('partnership-agreement')?.facts.duration.fi).toContain('2–4 vuotta');
		expect(byId.get('operating-grant')?.facts.start.fi).toContain('1.–31.12.');
		expect(byId.get('functional')?.money).toBe(false);
		expect(byId.get('cooperation-agreements')?.money).toBe(false);
	});
});

describe('validation reports mistakes', () => {
	const load =
		(forms: Record<string, unknown>, model: unknown = rawModel, needs: unknown = rawNeeds, texts: unknown = rawTexts) =>
		() =>
			loadPickerData(forms, model, needs, texts);

	it('accepts the real data', () => {
		expect(load(allForms())).not.toThrow();
	});

	it('an unknown need', () => {
		const forms = allForms();
		const [first] = (forms['/content/data/cooperation-forms/functional.json'] as typeof rawFunctional).answers;
		if (first) first.need = 'parking';
		expect(load(forms)).toThrow(/need "parking" is not in _needs.json/);
	});

	it('a need no form answers', () => {
		const needs = clone(rawNeeds);
		needs.needs.push({ id: 'parking', label: { fi: 'Pysäköinti', sv: 'Parkering' }, hint: { fi: 'x', sv: 'x' } });
		expect(load(allForms(), rawModel, needs)).toThrow(/no form answers the need "parking"/);
	});

	it('a form disagreeing with its model form about money', () => {
		const forms = allForms();
		const f = forms['/content/data/cooperation-forms/functional.json'] as typeof rawFunctional;
		f.modelForm = 3;
		expect(load(forms)).toThrow(/money is false but model form 3 has money true/);
	});

	it('a file name that is not the id, and a duplicate order', () => {
		const forms = allForms();
		forms['/content/data/cooperation-forms/other.json'] = clone(rawFunctional);
		expect(load(forms)).toThrow(/other.json: the file name must be the form's id/);
		expect(load(forms)).toThrow(/form order 1 is used twice/);
	});

	it('a missing Swedish text, a Finnish link under /sv/, and a grant form without the self-check', () => {
		const forms = allForms();
		const f = forms['/content/data/cooperation-forms/project-grant.json'] as typeof rawFunctional;
		f.name.sv = ' ';
		const [link] = f.links;
		if (link) link.href.fi = '/sv/periaatteet/';
		f.eligibilityCheck = false;
		expect(load(forms)).toThrow(/name.sv: Swedish text is missing/);
		expect(load(forms)).toThrow(/a Finnish link must not start with \/sv\//);
		expect(load(forms)).toThrow(/eligibility self-check/);
	});

	it('a missing text', () => {
		const texts = clone(rawTexts) as Record<string, unknown>;
		delete texts['startAgain'];
		expect(load(allForms(), rawModel, rawNeeds, texts)).toThrow(/_texts\.json: startAgain/);
	});
});

describe('island props', () => {
	it.each(langs)('%s: every string is filled and every link is in the language', (lang) => {
		const props = pickerProps(pickerData, lang);
		const strings: string[] = [];
		const walk = (x: unknown) => {
			if (typeof x === 'string') strings.push(x);
			else if (Array.isArray(x)) x.forEach(walk);
			else if (x && typeof x === 'object') Object.values(x).forEach(walk);
		};
		walk(props);
		for (const s of strings) expect(s.trim()).not.toBe('');
		const hrefs = [props.eligibilityHref, props.contactHref, ...props.forms.flatMap((f) => f.links.map((l) => l.href))];
		for (const href of hrefs) expect(href.startsWith('/sv/')).toBe(lang === 'sv');
	});
});

/**
 * Every internal link in the data points at a page and heading that exist in content/docs (the
 * section resolver, read from the MDX files). The build checks them again against the rendered
 * pages (ComparisonTable.astro), and the built site's link test checks every link.
 */
describe('link targets exist', () => {
	const resolve = sectionResolver(filePages, 'Cooperation-picker data');
	it.each(pickerHrefs(pickerData))('%s', async (href) => {
		await expect(resolve(href)).resolves.toMatchObject({ href });
	});
});
