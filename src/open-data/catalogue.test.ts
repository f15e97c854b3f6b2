import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetIds, datasets } from './catalogue';

describe('where each dataset comes from', () => {
	const named = datasetIds.flatMap((id) => datasets[id].from.map((path) => ({ id, path })));

	it('names files that exist (a name with a placeholder or a wildcard: its folder)', () => {
		const missing = named
			.map(({ id, path }) => ({ id, path: path.replace(/ \(.*\)$/, '').replace(/\/[^/]*[<*].*$/, '/') }))
			.filter(({ path }) => !existsSync(path));
		expect(missing).toEqual([]);
	});

	it('names a wording file only where the dataset publishes its texts (the grant rules)', () => {
		const wording = named.filter(({ path }) => /\/_?texts\.json$/.test(path)).map(({ id }) => id);
		expect(wording).toEqual(['grant-rules']);
	});
});
