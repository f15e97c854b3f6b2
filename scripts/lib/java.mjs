// Java for the HTML validity check (the Nu HTML Checker, vnu.jar from the npm package vnu-jar):
// uses `java` on PATH; installs Debian's default-jre-headless as root with apt-get when missing;
// otherwise fails saying what to install. The check is never skipped.
import { execFileSync } from 'node:child_process';

function hasJava() {
	try {
		execFileSync('java', ['-version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

export function ensureJava() {
	if (hasJava()) return 'java';
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root) {
		console.log('Java not found: installing Debian package "default-jre-headless" with apt-get …');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		try {
			execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
			execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'default-jre-headless'], {
				stdio: 'inherit',
				env,
			});
		} catch {
			// fall through to the message below
		}
		if (hasJava()) return 'java';
	}
	throw new Error(
		'Java is needed for the HTML validity check (vnu.jar) and was not found. Install a Java runtime ' +
			'(Debian/Ubuntu: `apt-get install default-jre-headless`). The check is never skipped.',
	);
}
