/**
 * HTML validity of the whole built site with the Nu HTML Checker (vnu.jar, the W3C validator):
 * zero errors. Its CSS parser predates container queries, so only its "CSS: … @container /
 * container-type" messages are set aside (valid CSS it does not know yet); everything else counts.
 * A canary page with a known error is checked with the site, so a checker that dies is noticed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureJava } from '../../scripts/lib/java.mjs';
import { builtPages, distDir } from './dist';

const require = createRequire(import.meta.url);
const vnu = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const unknownModernCss =
	/CSS: (Unrecognized at-rule “@container”|“container-type”: Property “container-type” doesn't exist|“container”)/;

/**
 * A page with a known error, checked after the site: the checker must report it. So a checker
 * that dies (silently or not), prints nothing, prints something else or stops before the end
 * fails the test instead of passing with "no errors".
 */
function canaryPage(): string {
	const dir = mkdtempSync(join(tmpdir(), 'vnu-canary-'));
	const file = join(dir, 'canary.html');
	writeFileSync(file, '<!DOCTYPE html>\n<html lang="en"><head><title>canary</title></head><body></p></body></html>\n');
	return file;
}

interface VnuMessage {
	type: string;
	url: string;
	message: string;
	lastLine?: number;
}

/** Runs the checker on the files; throws, saying why, unless it ran to the end and reported in JSON. */
function runVnu(java: string, files: readonly string[]): VnuMessage[] {
	const run = spawnSync(java, ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'json', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const said = `status ${run.status}, signal ${run.signal}, stderr: ${(run.stderr ?? '').slice(0, 500)}`;
	if (run.error) throw new Error(`the Nu HTML Checker did not run: ${run.error.message}`);
	// 0: no errors, 1: errors found; anything else (a crash, a signal) is not a verdict.
	if (run.status !== 0 && run.status !== 1) throw new Error(`the Nu HTML Checker failed: ${said}`);
	let report: unknown;
	try {
		report = JSON.parse(run.stderr);
	} catch {
		throw new Error(`the Nu HTML Checker gave no JSON report: ${said}`);
	}
	const messages = (report as { messages?: unknown }).messages;
	if (!Array.isArray(messages)) throw new Error(`the Nu HTML Checker's report has no messages: ${said}`);
	return messages as VnuMessage[];
}

describe('HTML validity (Nu HTML Checker)', () => {
	it('the built site has zero errors', () => {
		expect(builtPages().length, 'a complete build to check').toBeGreaterThan(20);
		const java = ensureJava();
		const canary = canaryPage();
		try {
			const messages = runVnu(java, [distDir, canary]);
			const fromCanary = messages.filter((m) => m.type === 'error' && m.url.endsWith('/canary.html'));
			expect(fromCanary.length, 'the checker reports the known error of the canary page').toBeGreaterThan(0);
			const errors = messages
				.filter((m) => m.type === 'error' && !m.url.endsWith('/canary.html') && !unknownModernCss.test(m.message))
				.map((m) => `${m.url.replace(/^file:.*?dist[^/]*/, '')}:${m.lastLine ?? ''} ${m.message}`);
			expect(errors).toEqual([]);
		} finally {
			rmSync(dirname(canary), { recursive: true, force: true });
		}
	}, 120_000);
});
