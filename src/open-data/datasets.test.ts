import { describe, expect, it } from 'vitest';
import { annualCycleEvents } from '../annual-cycle/data';
import { documentDateFromFiles } from '../annual-cycle/test-helpers';
import { pickerData } from '../cooperation-picker/data';
import { sources } from '../data/sources';
import { grantCheckData } from '../grant-check/data';
import { buildVersionIndex } from '../versions/model';
import { datasetIds } from './catalogue';
import {
	annualCycleDataset,
	comparisonDataset,
	cooperationFormsDataset,
	documentsDataset,
	grantRulesDataset,
	indexDocument,
	type RuleSetVersion,
	ruleSetDataset,
} from './datasets';
import { jsonSchemaOf, type SchemaName } from './schemas';
import { schemaErrors } from './test-helpers';

const ruleSet: RuleSetVersion = {
	rulesVersion: '2022-10-10',
	document: { id: 'periaatteet', version: '2022-10-10', status: 'draft' },
	data: grantCheckData,
	current: true,
};

const meta = (version: string, status: 'draft' | 'superseded', changeNote: string) => ({
	id: 'tiekartta',
	version,
	status,
	changeNote,
	changeKind: 'major' as const,
	sources: ['004'],
});
const index = buildVersionIndex([
	{ entryId: 'tiekartta', title: 'Tiekartta', description: 'Uusi', meta: meta('2024-05', 'draft', 'Päivitys') },
	{
		entryId: 'tiekartta/2023-03',
		title: 'Tiekartta',
		description: 'Vanha',
		meta: meta('2023-03', 'superseded', 'Eka'),
	},
	{ entryId: 'sv/tiekartta', title: 'Färdplan', description: 'Ny', meta: meta('2024-05', 'draft', 'Uppdatering') },
	{
		entryId: 'sv/tiekartta/2023-03',
		title: 'Färdplan',
		description: 'Gammal',
		meta: meta('2023-03', 'superseded', 'Första'),
	},
]);

const built: Record<SchemaName, unknown> = {
	documents: documentsDataset(index, sources),
	'grant-rules': grantRulesDataset([ruleSet]),
	'grant-rule-set': ruleSetDataset(ruleSet),
	'cooperation-forms': cooperationFormsDataset(pickerData),
	comparison: comparisonDataset(),
	'annual-cycle': annualCycleDataset(annualCycleEvents(documentDateFromFiles)),
};

describe('open data: every dataset is valid against its published JSON Schema (Ajv)', () => {
	for (const [name, data] of Object.entries(built)) {
		it(name, () => {
			expect(schemaErrors(jsonSchemaOf(name as SchemaName, `https://example.org/${name}`), data)).toEqual([]);
		});
	}

	it('the index, listing every dataset', () => {
		const doc = indexDocument(['2022-10-10']) as { datasets: { id: string }[] };
		expect(schemaErrors(jsonSchemaOf('index', 'https://example.org/index'), doc)).toEqual([]);
		expect(doc.datasets.map((d) => d.id)).toEqual([...datasetIds]);
	});

	it('and the validator rejects a file that breaks the schema', () => {
		const broken = structuredClone(built.documents) as { data: { documents: { versions: { status: string }[] }[] } };
		const first = broken.data.documents[0]?.versions[0];
		if (!first) throw new Error('no version');
		first.status = 'maybe';
		expect(schemaErrors(jsonSchemaOf('documents', 'https://example.org/d'), broken).join('\n')).toMatch(/status/);
	});
});

describe('open data: the documents dataset', () => {
	const docs = (built.documents as { data: { documents: DocOut[] } }).data.documents;
	type DocOut = {
		id: string;
		versions: {
			version: string;
			current: boolean;
			changeNote: { fi: string; sv: string };
			permalink: { sv: { path: string } };
		}[];
	};

	it('has every version of a document, both languages side by side, oldest first', () => {
		expect(docs.map((d) => d.id)).toEqual(['tiekartta']);
		const versions = docs[0]?.versions ?? [];
		expect(versions.map((v) => [v.version, v.current, v.changeNote.sv])).toEqual([
			['2023-03', false, 'Första'],
			['2024-05', true, 'Uppdatering'],
		]);
		expect(versions[0]?.permalink.sv.path).toBe('/sv/tiekartta/2023-03/');
	});
});
