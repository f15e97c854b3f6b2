/**
 * The open data interface (/api/v1/): which datasets there are, where each lives and what it is.
 * Pure. The datasets are built from the same validated data as the pages (./datasets.ts).
 */
import type { Lang } from '~/i18n/lang';

export const apiBase = '/api/v1';

export const datasetIds = ['documents', 'grant-rules', 'cooperation-forms', 'comparison', 'annual-cycle'] as const;
export type DatasetId = (typeof datasetIds)[number];

export interface DatasetInfo {
	title: Record<Lang, string>;
	description: Record<Lang, string>;
	/**
	 * Where the published facts live in this repository (the only copy): the files they are built
	 * from, not the wording files (`texts.json`, `_texts.json`) a dataset does not publish.
	 */
	from: string[];
}

export const datasets: Record<DatasetId, DatasetInfo> = {
	documents: {
		title: { fi: 'Asiakirjat ja niiden versiot', sv: 'Dokumenten och deras versioner' },
		description: {
			fi: 'Jokainen asiakirja ja sen kaikki versiot: tila, päivämäärät, muutoskuvaus, lähteet ja pysyvät osoitteet suomeksi ja ruotsiksi.',
			sv: 'Varje dokument och alla dess versioner: status, datum, ändringsbeskrivning, källor och permanenta adresser på finska och svenska.',
		},
		from: ['content/docs/**/*.mdx (document front matter)'],
	},
	'grant-rules': {
		title: { fi: 'Avustusten ehdot versioittain', sv: 'Villkoren för understöd per version' },
		description: {
			fi: 'Avustuskelpoisuuden itsearvioinnin kysymykset, ehdot, avustusmuodot ja tekstit jokaiselle periaatteiden versiolle.',
			sv: 'Frågorna, villkoren, understödsformerna och texterna i självbedömningen av understödsbehörighet för varje version av principerna.',
		},
		from: ['content/data/grant-check/<version>/*.json', 'content/data/grant-check/texts.json'],
	},
	'cooperation-forms': {
		title: { fi: 'Yhteistyön muodot', sv: 'Samarbetsformerna' },
		description: {
			fi: 'Yhteistyön muodot, yhteistyömallin muodot ja tarpeet, joihin ne vastaavat.',
			sv: 'Samarbetsformerna, samarbetsmodellens former och de behov de svarar på.',
		},
		from: [
			'content/data/cooperation-forms/<form id>.json',
			'content/data/cooperation-forms/_model.json',
			'content/data/cooperation-forms/_needs.json',
		],
	},
	comparison: {
		title: { fi: 'Valtakunnallinen tilannekuva', sv: 'Den nationella lägesbilden' },
		description: {
			fi: 'Hyvinvointialueiden järjestöyhteistyön rakenteet, Lähellä.fi avustusehtona ja resursointi (lähde 003).',
			sv: 'Välfärdsområdenas strukturer för organisationssamarbete, Lähellä.fi som villkor för understöd och resurserna (källa 003).',
		},
		from: [
			'content/data/tilannekuva/counties.json',
			'content/data/tilannekuva/rakenteet.json',
			'content/data/tilannekuva/lahella.json',
			'content/data/tilannekuva/asiakirja.json',
			'content/data/tilannekuva/resursointi.json',
		],
	},
	'annual-cycle': {
		title: { fi: 'Vuosikellon tapahtumat', sv: 'Årshjulets händelser' },
		description: {
			fi: 'Järjestöyhteistyön vuoden tapahtumat ja niiden ajankohdat, johdettuina lähteistä.',
			sv: 'Händelserna under året i organisationssamarbetet och deras tidpunkter, härledda ur källorna.',
		},
		from: [
			'content/data/annual-cycle/events.json',
			'content/data/grant-check/<version>/forms.json',
			'content/data/grant-check/<version>/rules.json',
			'content/data/council.json',
			'content/docs/**/*.mdx (document dates)',
		],
	},
};

export const datasetPath = (id: DatasetId): string => `${apiBase}/${id}.json`;
export const schemaPath = (name: string): string => `${apiBase}/schemas/${name}.schema.json`;
/** One version of the grant rules: /api/v1/grant-rules/<version>.json */
export const ruleSetPath = (version: string): string => `${apiBase}/grant-rules/${version}.json`;
export const ruleSetSchemaName = 'grant-rule-set';
