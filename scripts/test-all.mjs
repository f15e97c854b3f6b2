// `npm test`: every check, in order; stops at the first failure and exits non-zero.
//   1. format + lint (Biome)   2. types (astro check)   3. unused code (knip)   4. unit tests (Vitest)
//   5. production build        6. built-HTML checks     7. browser tests (Chromium)
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './lib/chromium.mjs';

const steps = [
	['Biome (format + lint)', 'biome', ['check', '.']],
	['Types (astro check)', 'astro', ['check']],
	['Unused files, exports and dependencies (knip)', 'knip', []],
	['Unit tests', 'vitest', ['run', '--project', 'unit']],
	['Production build', 'astro', ['build']],
	['Built-HTML checks', 'vitest', ['run', '--project', 'built']],
	['Chromium', null, null],
	['Browser tests', 'vitest', ['run', '--project', 'browser']],
];

const t0 = Date.now();
for (const [name, cmd, args] of steps) {
	const start = Date.now();
	console.log(`\n▶ ${name}`);
	if (cmd === null) {
		console.log(`  using ${ensureChromium()}`);
		continue;
	}
	const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
	if (result.status !== 0) {
		console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
		process.exit(result.status || 1);
	}
	console.log(`✔ ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
