/** /api/v1/<dataset>.json: one dataset (src/open-data/catalogue.ts), built from the site's own data. */
import type { GetStaticPaths } from 'astro';
import { loadAnnualCycle } from '~/annual-cycle/astro';
import { pickerData } from '~/cooperation-picker/data';
import { sources } from '~/data/sources';
import { json, ruleSetVersions } from '~/open-data/astro';
import { type DatasetId, datasetIds } from '~/open-data/catalogue';
import {
	annualCycleDataset,
	comparisonDataset,
	cooperationFormsDataset,
	documentsDataset,
	grantRulesDataset,
} from '~/open-data/datasets';
import { versionIndex } from '~/versions/collection';

export const getStaticPaths = (() => datasetIds.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

const build: Record<DatasetId, () => Promise<unknown>> = {
	documents: async () => documentsDataset(await versionIndex(), sources),
	'grant-rules': async () => grantRulesDataset(await ruleSetVersions()),
	'cooperation-forms': async () => cooperationFormsDataset(pickerData),
	comparison: async () => comparisonDataset(),
	'annual-cycle': async () => annualCycleDataset(await loadAnnualCycle()),
};

export const GET = async ({ params }: { params: { dataset: DatasetId } }) => json(await build[params.dataset]());
