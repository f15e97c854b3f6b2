/**
 * `npm run new-version` on a temporary copy of the whole project, then a build of that copy: the
 * approved roadmap keeps the stable address and announces the new draft, the draft is a proposal at
 * its own permanent address, and the compare pages, change history and feed include it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = resolve('.');
const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'tmp']);
// Inside the project's (git-ignored) tmp/, so that the copy resolves the project's node_modules.
mkdirSync(join(project, 'tmp'), { recursive: true });
const dir = mkdtempSync(join(project, 'tmp', 'new-version-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a new version, built', () => {
	it('runs the script on a copy and builds it', () => {
		for (const name of readdirSync(project).filter((n) => !skip.has(n))) {
			cpSync(join(project, name), join(dir, name), { recursive: true });
		}
		const script = spawnSync(process.execPath, ['scripts/new-version.mjs', 'tiekartta', '2025-06'], {
			cwd: dir,
			encoding: 'utf8',
		});
		expect(script.stderr).toBe('');
		expect(script.status).toBe(0);
		const build = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);

		const html = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
		// The approved version keeps the stable address and announces the new draft.
		const stable = html('tiekartta');
		expect(stable).toContain('data-kind="newer"');
		expect(stable).toContain('href="/tiekartta/2025-06/"');
		expect(stable).not.toContain('Korvattu');
		// The new draft is a proposal at its own permanent address, canonical to itself.
		const draft = html('sv/tiekartta/2025-06');
		expect(draft).toContain('data-kind="proposal"');
		expect(draft).toContain(
			'<link rel="canonical" href="https://jarjestot.hyvinvointialue.example/sv/tiekartta/2025-06/"',
		);
		// Every pair can be compared; history and feed list the new version.
		for (const pair of ['2023-03/2024-05', '2023-03/2025-06', '2024-05/2025-06']) {
			expect(existsSync(join(dir, 'dist/tiekartta/vertaa', pair, 'index.html')), pair).toBe(true);
		}
		expect(html('muutokset')).toContain('href="/tiekartta/vertaa/2024-05/2025-06/"');
		expect(readFileSync(join(dir, 'dist/sv/muutokset.xml'), 'utf8')).toContain('/sv/tiekartta/2025-06/</id>');
	});
});
