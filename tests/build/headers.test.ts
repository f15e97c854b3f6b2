/** The security headers for static hosts: the _headers file and the nginx snippet agree. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const required = [
	'Strict-Transport-Security',
	'X-Content-Type-Options',
	'Referrer-Policy',
	'Permissions-Policy',
	'Content-Security-Policy',
];

function fromHeadersFile(): Map<string, string> {
	const block =
		readFileSync('public/_headers', 'utf8')
			.split(/\n(?=\S)/)
			.find((b) => b.startsWith('/*')) ?? '';
	return new Map(
		block
			.split('\n')
			.slice(1)
			.map((l) => l.trim().match(/^([\w-]+):\s*(.+)$/))
			.filter((m): m is RegExpMatchArray => m !== null)
			.map((m) => [m[1] ?? '', m[2] ?? '']),
	);
}

function fromNginx(): Map<string, string> {
	const text = readFileSync('scripts/hosting/nginx-security-headers.conf', 'utf8');
	return new Map([...text.matchAll(/add_header ([\w-]+) "([^"]+)" always;/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

describe('security headers for static hosts', () => {
	it('the _headers file sets every required header', () => {
		const h = fromHeadersFile();
		for (const name of required) expect(h.get(name), name).toBeTruthy();
		expect(h.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
		expect(h.get('X-Content-Type-Options')).toBe('nosniff');
	});

	it('the nginx snippet sets the same headers with the same values', () => {
		expect(Object.fromEntries(fromNginx())).toEqual(Object.fromEntries(fromHeadersFile()));
	});
});
