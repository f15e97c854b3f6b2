/**
 * HTML validity of the whole built site with the Nu HTML Checker (vnu.jar, the W3C validator):
 * zero errors. Its CSS parser predates container queries, so only its "CSS: … @container /
 * container-type" messages are set aside (valid CSS it does not know yet); everything else counts.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureJava } from '../../scripts/lib/java.mjs';
import { builtPages, distDir } from './dist';

const require = createRequire(import.meta.url);
const vnu = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const unknownModernCss =
	/CSS: (Unrecognized at-rule “@container”|“container-type”: Property “container-type” doesn't exist|“container”)/;

describe('HTML validity (Nu HTML Checker)', () => {
	it('the built site has zero errors', () => {
		expect(builtPages().length, 'a complete build to check').toBeGreaterThan(20);
		const java = ensureJava();
		let output = '';
		try {
			execFileSync(java, ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'json', distDir], {
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024,
			});
		} catch (e) {
			output = (e as { stderr?: string }).stderr ?? '';
		}
		const messages = output
			? (JSON.parse(output) as { messages: { type: string; url: string; message: string; lastLine?: number }[] })
					.messages
			: [];
		const errors = messages
			.filter((m) => m.type === 'error' && !unknownModernCss.test(m.message))
			.map((m) => `${m.url.replace(/^file:.*?dist[^/]*/, '')}:${m.lastLine ?? ''} ${m.message}`);
		expect(errors).toEqual([]);
	}, 120_000);
});
