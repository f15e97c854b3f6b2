import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Three test projects, run in this order by `npm test` (scripts/test-all.mjs):
 * - unit:    pure code and data beside the source (src/**, scripts/**)
 * - built:   checks on the production build in dist/ (tests/built/**)
 * - browser: Chromium through Playwright against the served dist/ (tests/browser/**)
 */
export default defineConfig({
	// The `~/` alias of tsconfig.json (Astro resolves it in builds; Vitest needs it spelled out).
	resolve: { alias: { '~/': fileURLToPath(new URL('./src/', import.meta.url)) } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/build/**/*.test.ts'],
					testTimeout: 120_000,
				},
			},
			{ extends: true, test: { name: 'built', include: ['tests/built/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/setup/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
