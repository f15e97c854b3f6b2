import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The Vitest set-up Stryker runs (`npm run mutate`, see docs/mutation-testing.md): the unit tests
 * beside the source only. tests/build/** and scripts/** are left out: they build the site or read
 * dist/, and test no mutated module.
 */
export default defineConfig({
	resolve: { alias: { '~/': fileURLToPath(new URL('./src/', import.meta.url)) } },
	test: {
		include: ['src/**/*.test.ts'],
		testTimeout: 120_000,
	},
});
