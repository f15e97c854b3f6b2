import { describe, expect, it } from 'vitest';
import { filePages } from '~/data/content-files';
import { interpretations } from '~/data/interpretations';
import { sectionResolver } from '~/data/sections';
import { fill } from '~/i18n/fill';
import forms from '../../content/data/grant-check/2022-10-10/forms.json';
import questions from '../../content/data/grant-check/2022-10-10/questions.json';
import rules from '../../content/data/grant-check/2022-10-10/rules.json';
import texts from '../../content/data/grant-check/texts.json';
import { grantCheckData, parseGrantCheckData } from './data';
import { allHrefs, localize } from './localize';

const raw = () => structuredClone({ questions, rules, forms, texts });
type Raw = ReturnType<typeof raw>;
const errorOf = (mutate: (d: Raw) => void): string => {
	const d = raw();
	mutate(d);
	try {
		parseGrantCheckData(d);
	} catch (e) {
		return (e as Error).message;
	}
	return '';
};
const rule = (d: Raw, id: string) => {
	const r = d.rules.rules.find((x) => x.id === id);
	if (!r) throw new Error(`no rule ${id}`);
	return r as Record<string, unknown> & (typeof d.rules.rules)[number];
};

describe('the current rule set in content/data/grant-check/2022-10-10 (with the shared texts)', () => {
	it('is valid', () => {
		expect(() => parseGrantCheckData(raw())).not.toThrow();
		expect(grantCheckData.rules.rules.length).toBeGreaterThan(10);
	});

	it('rejects a rule that reads an unknown question', () => {
		expect(errorOf((d) => (rule(d, 'audit').question = 'nosuch'))).toMatch(/unknown question "nosuch"/);
	});
	it('names the file and the field at fault', () => {
		const message = errorOf((d) => (rule(d, 'audit').question = 'nosuch'));
		expect(message).toMatch(/^Invalid grant self-check rules in content\/data\/grant-check\/<version>\/:\n/);
		expect(message).toMatch(
			/\n- content\/data\/grant-check\/<version>\/rules\.json: rules\.\d+\.question: rule "audit": unknown question/,
		);
		expect(message).toMatch(/\n- content\/data\/grant-check\/<version>\/questions\.json: questions\.\d+: /);
	});
	it('rejects a fail answer that is not an option', () => {
		expect(errorOf((d) => (rule(d, 'audit').fail = ['nope']))).toMatch(/has no option "nope"/);
	});
	it('rejects an unknown grant form', () => {
		expect(errorOf((d) => (rule(d, 'audit').forms = ['yleisavustus']))).toMatch(/unknown grant form "yleisavustus"/);
	});
	it('rejects a rule that can fail but says nothing about what to do next', () => {
		expect(errorOf((d) => delete rule(d, 'audit')['next'])).toMatch(/needs a "next" text/);
	});
	it('rejects a rule no answer could meet', () => {
		expect(errorOf((d) => (rule(d, 'audit').fail = ['yes', 'no']))).toMatch(/no answer to "audit" would meet/);
	});
	it('rejects an answer that is both fail and unknown', () => {
		expect(errorOf((d) => (rule(d, 'field').unknown = ['no']))).toMatch(/both fail and unknown/);
	});
	it('rejects showIf pointing at a later question', () => {
		expect(
			errorOf((d) => {
				(d.questions.questions[1] as { showIf?: unknown }).showIf = [{ question: 'lahella', in: ['yes'] }];
			}),
		).toMatch(/must refer to an earlier question/);
	});
	it('rejects duplicate question keys and the reserved key "step"', () => {
		expect(errorOf((d) => ((d.questions.questions[2] as { key: string }).key = 'applicant'))).toMatch(/used twice/);
		expect(errorOf((d) => ((d.questions.questions[0] as { key: string }).key = 'step'))).toMatch(/reserved/);
		expect(errorOf((d) => ((d.questions.questions[0] as { key: string }).key = 'rules'))).toMatch(/reserved/);
	});
	it('rejects a question no rule reads', () => {
		expect(
			errorOf((d) => {
				d.rules.rules = d.rules.rules.filter((r) => r.question !== 'audit');
			}),
		).toMatch(/"audit" is not read by any rule/);
	});
	it('rejects a missing Swedish text and an unknown field', () => {
		expect(errorOf((d) => ((d.texts.back as { sv: string }).sv = ''))).toMatch(
			/grant-check\/texts\.json: back\.sv: Swedish text is missing/,
		);
		expect(errorOf((d) => ((rule(d, 'audit') as Record<string, unknown>)['severity'] = 'high'))).toMatch(/severity/);
	});
	it('rejects links that are not root-relative site links of the right language', () => {
		expect(errorOf((d) => (rule(d, 'audit').cite.fi = 'https://example.com/'))).toMatch(/cite\.fi/);
		expect(errorOf((d) => (rule(d, 'audit').cite.sv = '/periaatteet/#x'))).toMatch(/cite\.sv/);
	});
	it('rejects a grant form without a required rule', () => {
		expect(
			errorOf((d) => {
				for (const r of d.rules.rules) r.forms = r.forms.filter((f) => f !== 'hankeavustus');
				d.rules.rules = d.rules.rules.filter((r) => r.forms.length > 0);
			}),
		).toMatch(/"hankeavustus" has no required rule/);
	});
});

describe('links in the data', () => {
	// The build checks every link against the rendered pages; this catches mistakes earlier.
	const resolve = sectionResolver(filePages, 'Grant self-check data');
	const hrefs = allHrefs(grantCheckData).flatMap((h) => [h.fi, h.sv]);
	it.each(hrefs)('%s resolves to a page (and its heading)', async (href) => {
		await expect(resolve(href)).resolves.toMatchObject({ href });
	});
});

describe('localize', () => {
	const source = { title: 'T', version: '2022-10-10', status: 'luonnos', draft: true, href: '/periaatteet/' };
	const contact = { title: 'Järjestökoordinaattori', email: 'x@example.org' };

	it('gives every text in one language, with link labels', () => {
		for (const lang of ['fi', 'sv'] as const) {
			const local = localize(
				grantCheckData,
				lang,
				(href) => `label ${href}`,
				source,
				contact,
				() => undefined,
				(id, l) => `/${l}/${id}`,
			);
			expect(local.lang).toBe(lang);
			expect(local.questions[0]?.text).toBe(grantCheckData.questions.questions[0]?.text[lang]);
			for (const value of Object.values(local.texts)) expect(typeof value).toBe('string');
			for (const r of local.rules) {
				expect(typeof r.reason).toBe('string');
				expect(r.cite.label).toBe(`label ${r.cite.href}`);
				expect(r.cite.href.startsWith(lang === 'sv' ? '/sv/' : '/periaatteet/')).toBe(true);
			}
			// A form without a round gives its own next-step links, in the page's language.
			const partnership = local.forms.find((f) => f.id === 'kumppanuussopimus');
			const data = grantCheckData.forms.forms.find((f) => f.id === 'kumppanuussopimus');
			expect(partnership?.links).toEqual(data?.links?.map((l) => ({ href: l.href[lang], label: l.label[lang] })));
			expect(partnership?.links?.length).toBeGreaterThan(0);
		}
	});

	it('fill replaces known placeholders only', () => {
		expect(fill('{a} and {b}', { a: 'A' })).toBe('A and {b}');
	});

	it('the source note has the placeholders the code fills in', () => {
		for (const lang of ['fi', 'sv'] as const) {
			const note = grantCheckData.texts.sourceNote[lang];
			for (const p of ['{document}', '{version}', '{status}']) expect(note).toContain(p);
			expect(grantCheckData.texts.liveResult[lang]).toContain('{summary}');
		}
	});
});

describe('interpretation register links', () => {
	it('every interpretation a rule or a round names is an entry of the register that concerns the self-check', () => {
		const ids = [
			...grantCheckData.rules.rules.flatMap((r) => r.interpretations ?? []),
			...grantCheckData.forms.forms.flatMap((f) => f.round?.interpretations ?? []),
		];
		expect(ids.length).toBeGreaterThan(5);
		for (const id of ids) {
			const entry = interpretations.find((e) => e.id === id);
			expect(entry, id).toBeDefined();
			expect(entry?.pages, id).toContain('/avustuskelpoisuus/');
		}
	});
	it('the rules that read the source beyond its words link to their entry', () => {
		const of = (id: string) => grantCheckData.rules.rules.find((r) => r.id === id)?.interpretations ?? [];
		expect(of('services')).toContain('001-terveystalous');
		expect(of('area')).toContain('001-kriteeri-4');
		expect(of('applicant-type')).toContain('001-voi-myontaa');
		// Foundations and the operating grant: 001 says what the county "voi" do for foundations.
		expect(of('applicant-association')).toContain('001-voi-myontaa');
		expect(of('reports')).toContain('001-raportointi-maksatus');
		expect(of('joint-lead')).toContain('001-yhteishakemus');
	});
});

describe('criterion 3 with the conjunctions of 001', () => {
	// 001: "tukee, täydentää ja tekee yhteistyötä hyvinvointialueen sosiaali- ja terveystalouden tai
	// pelastuspalveluiden kanssa": three verbs joined by "ja", two objects joined by "tai".
	const question = grantCheckData.questions.questions.find((q) => q.key === 'services');
	const services = grantCheckData.rules.rules.find((r) => r.id === 'services');

	it("the rule's reason states the condition with the source's conjunctions", () => {
		expect(services?.reason.fi).toContain(
			'tukee, täydentää ja tekee yhteistyötä hyvinvointialueen sosiaali- ja terveyspalveluiden tai pelastuspalveluiden kanssa',
		);
		expect(services?.reason.sv).toContain(
			'stöder, kompletterar och samarbetar med välfärdsområdets social- och hälsovårdstjänster eller räddningstjänster',
		);
	});

	it('the question asks the same condition: either service, and all three verbs', () => {
		expect(question?.text.fi).toBe(
			'Tukeeko toiminta hyvinvointialueen sosiaali- ja terveyspalveluita tai pelastuspalveluita, täydentääkö se niitä ja tekeekö se yhteistyötä niiden kanssa?',
		);
		expect(question?.text.sv).toBe(
			'Stöder verksamheten välfärdsområdets social- och hälsovårdstjänster eller räddningstjänster, kompletterar den dem och samarbetar den med dem?',
		);
	});

	it("the hint quotes the source's words and says how the check reads them", () => {
		expect(question?.hint?.fi).toContain(
			'”tukee, täydentää ja tekee yhteistyötä hyvinvointialueen sosiaali- ja terveystalouden tai pelastuspalveluiden kanssa”',
		);
		expect(question?.hint?.sv).toMatch(/social- och hälsovårdsekonomi.*social- och hälsovårdstjänster/);
		expect(services?.interpretations).toContain('001-terveystalous');
	});
});

describe('Swedish texts use the glossary terms (../shared/glossary-fi-sv.md)', () => {
	/** The word after an even number of ” (that is, outside every ”…” quotation) in the text. */
	const ekonomiUnquoted = /^[^”]*(?:”[^”]*”[^”]*)*hälsovårdsekonomi/i;
	const swedish: string[] = [];
	const collect = (v: unknown): void => {
		if (Array.isArray(v)) v.forEach(collect);
		else if (v && typeof v === 'object') {
			for (const [k, x] of Object.entries(v)) {
				if (k === 'sv' && typeof x === 'string') swedish.push(x);
				else collect(x);
			}
		}
	};
	collect(grantCheckData);
	it.each([
		['rapportering (of a grant: redovisning)', /rapporter/i],
		['funktionellt samarbete (praktiskt samarbete)', /funktionellt samarbete/i],
		['tidtabell (tidsplan)', /tidtabell/i],
		['kund (klient)', /\bkund(en|er|erna)?\b/i],
		['klienthandledning (hänvisning av klienter)', /klienthandledning/i],
		['lönar sig att (translation-ese)', /lönar (det )?sig/i],
		['social- och hälsovårdsekonomi outside a quotation (read as tjänster)', ekonomiUnquoted],
	])('no "%s"', (_name, pattern) => {
		expect(swedish.length).toBeGreaterThan(100);
		expect(swedish.filter((s) => pattern.test(s))).toEqual([]);
	});
	it('"hälsovårdsekonomi" is allowed only inside ”…” (also within a longer quotation)', () => {
		expect(ekonomiUnquoted.test('samarbetar med social- och hälsovårdsekonomi eller räddningstjänster')).toBe(true);
		expect(ekonomiUnquoted.test('”a” sedan hälsovårdsekonomin')).toBe(true);
		expect(ekonomiUnquoted.test('läser ”social- och hälsovårdsekonomi” som tjänster')).toBe(false);
		expect(ekonomiUnquoted.test('”med social- och hälsovårdsekonomi eller räddningstjänster” (citat)')).toBe(false);
	});
});
