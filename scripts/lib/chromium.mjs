// Finds Chromium for the browser tests: CHROME_PATH, then the usual paths; installs Debian's
// `chromium` when running as root with apt-get; otherwise fails saying what to install.
// It never lets the browser tests be skipped silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const usualPaths = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
];

/**
 * @param {Record<string, string | undefined>} env
 * @param {(path: string) => boolean} exists
 * @returns {string | null}
 */
export function findChromium(env = process.env, exists = existsSync) {
	if (env.CHROME_PATH) {
		if (exists(env.CHROME_PATH)) return env.CHROME_PATH;
		throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there.`);
	}
	return usualPaths.find((p) => exists(p)) ?? null;
}

function canApt() {
	try {
		execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
		return typeof process.getuid === 'function' && process.getuid() === 0;
	} catch {
		return false;
	}
}

export function ensureChromium() {
	const found = findChromium();
	if (found) return found;
	if (canApt()) {
		console.log('Chromium not found: installing Debian package "chromium" with apt-get …');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
		const installed = findChromium();
		if (installed) return installed;
	}
	throw new Error(
		'Chromium is needed for the browser tests and was not found. Install it (Debian/Ubuntu: `apt-get install chromium`) ' +
			'or set CHROME_PATH to a Chromium or Chrome binary. The browser tests are never skipped.',
	);
}
