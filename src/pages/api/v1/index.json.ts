/** /api/v1/index.json: every dataset of the open data interface with its address and schema. */
import { json, ruleSetVersions } from '~/open-data/astro';
import { indexDocument } from '~/open-data/datasets';

export const GET = async () => json(indexDocument((await ruleSetVersions()).map((v) => v.rulesVersion)));
