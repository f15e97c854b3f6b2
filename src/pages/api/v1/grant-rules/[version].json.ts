/** /api/v1/grant-rules/<version>.json: the grant rules of one version of the principles. */
import type { GetStaticPaths } from 'astro';
import { json, ruleSetVersions } from '~/open-data/astro';
import { ruleSetDataset } from '~/open-data/datasets';

export const getStaticPaths = (async () =>
	(await ruleSetVersions()).map((v) => ({
		params: { version: v.rulesVersion },
		props: { v },
	}))) satisfies GetStaticPaths;

export const GET = async ({ props }: { props: { v: Awaited<ReturnType<typeof ruleSetVersions>>[number] } }) =>
	json(ruleSetDataset(props.v));
