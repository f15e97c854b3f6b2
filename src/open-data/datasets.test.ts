import { describe, expect, it } from 'vitest';
import { annualCycleEvents } from '~/annual-cycle/data';
import { documentDateFromFiles } from '~/annual-cycle/test-helpers';
import { pickerData } from '~/cooperation-picker/data';
import { sources } from '~/data/sources';
import { grantCheckData } from '~/grant-check/data';
import { buildVersionIndex } from '~/versions/model';
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

const draft = (changeNote: string) => ({
	id: 'tiekartta',
	version: '2024-05',
	status: 'draft' as const,
	changeNote,
	changeKind: 'major' as const,
	sources: ['004'],
});
const approved = (changeNote: string) => ({
	...draft(changeNote),
	version: '2023-03',
	status: 'approved' as const,
	approvedBy: 'aluehallitus' as const,
	approvedOn: '2023-03',
});
// The approved version keeps the stable address; the newer draft is a proposal at its own address.
const indexOf = () =>
	buildVersionIndex([
		{ entryId: 'tiekartta', title: 'Tiekartta', description: 'Hyväksytty', meta: approved('Eka') },
		{ entryId: 'tiekartta/2024-05', title: 'Tiekartta', description: 'Ehdotus', meta: draft('Päivitys') },
		{ entryId: 'sv/tiekartta', title: 'Färdplan', description: 'Godkänd', meta: approved('Första') },
		{ entryId: 'sv/tiekartta/2024-05', title: 'Färdplan', description: 'Förslag', meta: draft('Uppdatering') },
	]);

// Built in each test, not while the file is collected (Stryker counts that as "static": docs/mutation-testing.md).
const built: Record<SchemaName, () => unknown> = {
	documents: () => documentsDataset(indexOf(), sources),
	'grant-rules': () => grantRulesDataset([ruleSet]),
	'grant-rule-set': () => ruleSetDataset(ruleSet),
	'cooperation-forms': () => cooperationFormsDataset(pickerData),
	comparison: () => comparisonDataset(),
	'annual-cycle': () => annualCycleDataset(annualCycleEvents(documentDateFromFiles)),
};

describe('open data: every dataset is valid against its published JSON Schema (Ajv)', () => {
	for (const [name, data] of Object.entries(built)) {
		it(name, () => {
			expect(schemaErrors(jsonSchemaOf(name as SchemaName, `https://example.org/${name}`), data())).toEqual([]);
		});
	}

	it('the index, listing every dataset', () => {
		const doc = indexDocument(['2022-10-10']) as { datasets: { id: string }[] };
		expect(schemaErrors(jsonSchemaOf('index', 'https://example.org/index'), doc)).toEqual([]);
		expect(doc.datasets.map((d) => d.id)).toEqual([...datasetIds]);
	});

	it('and the validator rejects a file that breaks the schema', () => {
		const broken = structuredClone(built.documents()) as { data: { documents: { versions: { status: string }[] }[] } };
		const first = broken.data.documents[0]?.versions[0];
		if (!first) throw new Error('no version');
		first.status = 'maybe';
		expect(schemaErrors(jsonSchemaOf('documents', 'https://example.org/d'), broken).join('\n')).toMatch(/status/);
	});
});

describe('open data: the documents dataset', () => {
	const docsOf = () => (built.documents() as { data: { documents: DocOut[] } }).data.documents;
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
		const docs = docsOf();
		expect(docs.map((d) => d.id)).toEqual(['tiekartta']);
		const versions = docs[0]?.versions ?? [];
		expect(versions.map((v) => [v.version, v.current, v.changeNote.sv])).toEqual([
			['2023-03', true, 'Första'],
			['2024-05', false, 'Uppdatering'],
		]);
		expect(versions[1]?.permalink.sv.path).toBe('/sv/tiekartta/2024-05/');
	});
});
