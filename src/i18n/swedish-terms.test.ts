/**
 * One Swedish term per concept across the site: every Swedish text is checked against the
 * glossary's "not" variants (content/data/swedish-terms.json).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deprecatedSwedishTerms } from './swedish-terms';

function filesUnder(dir: string, ext: RegExp): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? filesUnder(p, ext) : ext.test(p) ? [p] : [];
	});
}

/** Every string under a key "sv" of a JSON value (and, with `all`, every string). */
function swedishStrings(value: unknown, all = false): string[] {
	if (typeof value === 'string') return all ? [value] : [];
	if (Array.isArray(value)) return value.flatMap((v) => swedishStrings(v, all));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => (k === '$comment' ? [] : swedishStrings(v, all || k === 'sv')));
	}
	return [];
}

/** Swedish string literals in source code: `sv: '…'`, `sv: "…"`, `sv: \`…\``. */
function swedishLiterals(code: string): string[] {
	return [...code.matchAll(/\bsv:\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2] ?? '');
}

/** Each Swedish text of the site with where it is. */
function swedishTexts(): { where: string; text: string }[] {
	const out: { where: string; text: string }[] = [];
	for (const f of filesUnder('content/docs/sv', /\.mdx?$/)) out.push({ where: f, text: readFileSync(f, 'utf8') });
	for (const f of filesUnder('content/data', /\.json$/)) {
		if (f.endsWith('search-terms.json') || f.endsWith('swedish-terms.json')) continue;
		for (const text of swedishStrings(JSON.parse(readFileSync(f, 'utf8')))) out.push({ where: f, text });
	}
	for (const text of swedishStrings(JSON.parse(readFileSync('content/i18n/sv.json', 'utf8')), true)) {
		out.push({ where: 'content/i18n/sv.json', text });
	}
	for (const f of filesUnder('src', /\.(ts|tsx|astro)$/)) {
		if (/\.test\.ts$/.test(f)) continue;
		for (const text of swedishLiterals(readFileSync(f, 'utf8'))) out.push({ where: f, text });
	}
	return out;
}

/**
 * Findings in files another engineer owns, fixed when the branches are merged. The test asserts
 * this list exactly, so it fails both when a new finding appears and when one is fixed (then
 * remove it here).
 */
const pendingElsewhere: readonly string[] = [];

describe('one Swedish term per concept', () => {
	const findings = [
		...new Set(
			swedishTexts().flatMap(({ where, text }) =>
				deprecatedSwedishTerms(text).map((f) => `${where}: "${f.found}" → ${f.use}`),
			),
		),
	];

	it('reads the Swedish texts of every kind', () => {
		const where = new Set(swedishTexts().map((t) => t.where.split('/').slice(0, 2).join('/')));
		expect([...where].sort()).toEqual(
			expect.arrayContaining(['content/data', 'content/docs', 'content/i18n', 'src/config']),
		);
	});

	it('no Swedish text uses a variant the glossary rules out', () => {
		expect(findings.filter((f) => !pendingElsewhere.includes(f))).toEqual([]);
	});

	it('the findings left to other owners are still there (remove them here once fixed)', () => {
		expect(pendingElsewhere.filter((f) => !findings.includes(f))).toEqual([]);
	});
});

describe('the variant rules', () => {
	const found = (text: string) => deprecatedSwedishTerms(text).map((f) => f.found);

	it('find each variant of the glossary', () => {
		expect(found('Modellens form 1, funktionellt samarbete.')).toEqual(['funktionellt samarbete']);
		expect(found('Överförd från 2023. Åtgärden överfördes.')).toEqual(['Överförd', 'överfördes']);
		expect(found('Tidtabellen och tidtabeller.')).toHaveLength(2);
		expect(found('organisationskliniken för klienthandledning')).toEqual(['klienthandledning']);
		expect(found('Kunderna och chefen för kundrelationer.')).toEqual(['Kunderna', 'kundrelation']);
		expect(found('Utarbetad för mötet i nämnden 27.5.2024. Delegationens möten.')).toEqual([
			'mötet i nämnden',
			'Delegationens möte',
		]);
		expect(found('Den som fått understöd ansvarar för rapporteringen.')).toEqual(['rapportering']);
		expect(found('Inga nödvändiga åtgärder.')).toEqual(['nödvändiga åtgärder']);
		expect(found('Anteckningarna lämnades bort. Raden lämnas bort.')).toEqual(['lämnades bort', 'lämnas bort']);
		expect(found('Ansökan pågår. Ansökan årligen 1–31 december.')).toEqual(['Ansökan pågår', 'Ansökan årligen']);
		expect(found('hyte-förhandlingarna')).toContain('hyte-f');
		expect(found('verksamhetsbidrag och bidragsformer')).toEqual(['bidrag', 'bidrags']);
		expect(found('Organisationerna har bidragit.')).toEqual([]);
	});

	it('leave the words the site uses, and the other senses of a word, alone', () => {
		expect(found('Praktiskt samarbete. Flyttad till 2024. Tidsplan. Hänvisning av klienter. Klienten.')).toEqual([]);
		expect(found('Anteckningarna kunde inte läsas. Samarbetsmöten med föreningarna. Mötesplatser.')).toEqual([]);
		expect(found('Anteckningarna har utelämnats. Lämna in ansökan. Bortlämnad.')).toEqual([]);
		expect(found('Rapporteringen om genomförandeplanen till styrelsen.')).toEqual([]);
		expect(found('Då ska det av ansökan framgå vem som ansvarar. Vad som ska göras.')).toEqual([]);
	});

	it('hyte is explained at its first use', () => {
		expect(found('Enheten för hälso- och välfärdsfrämjande arbete (hyte). Senare hyte igen.')).toEqual([]);
		expect(found('Enheten för hyte.')).toHaveLength(1);
		expect(found('Enheten för främjande av hälsa och välfärd (HYTE).')).toHaveLength(1);
	});
});
