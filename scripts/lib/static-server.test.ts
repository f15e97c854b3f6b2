import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFor, serve } from './static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'static-'));
mkdirSync(join(root, 'sv'));
writeFileSync(join(root, 'index.html'), 'fi');
writeFileSync(join(root, 'sv', 'index.html'), 'sv');
writeFileSync(join(root, '404.html'), 'missing');

describe('static server', () => {
	it('maps directories to index.html and refuses to leave the root', () => {
		expect(fileFor(root, '/sv/')).toBe(join(root, 'sv', 'index.html'));
		expect(fileFor(root, '/../../etc/passwd')).toBeNull();
		expect(fileFor(root, '/%E0%A4%A')).toBeNull();
	});
	it('serves pages and a 404 page with status 404', async () => {
		const server = await serve(root);
		try {
			const ok = await fetch(`${server.url}/sv/`);
			expect([ok.status, await ok.text()]).toEqual([200, 'sv']);
			const missing = await fetch(`${server.url}/nothing/`);
			expect([missing.status, await missing.text()]).toEqual([404, 'missing']);
		} finally {
			await server.close();
		}
	});
});
