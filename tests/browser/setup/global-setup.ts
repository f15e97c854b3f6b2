/**
 * Browser test setup: finds (or installs) Chromium and serves dist/ on loopback.
 * Fails loudly when Chromium cannot be had: the browser tests are never skipped.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../../scripts/lib/chromium.mjs';
import { serve } from '../../../scripts/lib/static-server.mjs';
import { distDir } from '../../built/dist';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		chromePath: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync(`${distDir}/index.html`)) throw new Error('dist/ is missing: build the site first (npm test does).');
	const chromePath = ensureChromium();
	const server = await serve(distDir);
	project.provide('baseUrl', server.url);
	project.provide('chromePath', chromePath);
	return async () => {
		await server.close();
	};
}
