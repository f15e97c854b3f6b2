import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodingFor, fileFor, serve } from './static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'static-'));
mkdirSync(join(root, 'sv'));
writeFileSync(join(root, 'index.html'), 'fi');
writeFileSync(join(root, 'sv', 'index.html'), 'sv');
writeFileSync(join(root, '404.html'), 'missing');
const long = `<p>${'Järjestöyhteistyö '.repeat(500)}</p>`;
writeFileSync(join(root, 'long.html'), long);
writeFileSync(join(root, 'index.pf_fragment'), 'already gzip');

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
	it('chooses brotli, then gzip, and honours q=0', () => {
		expect(encodingFor('gzip, deflate, br, zstd')).toBe('br');
		expect(encodingFor('gzip;q=1.0, br;q=0')).toBe('gzip');
		expect(encodingFor('*')).toBe('gzip');
		expect(encodingFor('identity')).toBeNull();
		expect(encodingFor(undefined)).toBeNull();
	});
	it('compresses text as a host does, and leaves other files as they are', async () => {
		const server = await serve(root);
		const raw = async (path: string, acceptEncoding: string) => {
			// fetch() would decode the body: read the bytes as sent.
			return new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((ok, fail) => {
				request(`${server.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('end', () =>
						ok({
							encoding: res.headers['content-encoding'],
							vary: res.headers.vary,
							body: Buffer.concat(chunks),
						}),
					);
				})
					.on('error', fail)
					.end();
			});
		};
		try {
			const br = await raw('/long.html', 'gzip, deflate, br');
			expect([br.encoding, br.vary]).toEqual(['br', 'Accept-Encoding']);
			expect(br.body.length).toBeLessThan(long.length / 10);
			expect(brotliDecompressSync(br.body).toString()).toBe(long);
			const gz = await raw('/long.html', 'gzip');
			expect(gz.encoding).toBe('gzip');
			expect(gunzipSync(gz.body).toString()).toBe(long);
			const plain = await raw('/long.html', 'identity');
			expect([plain.encoding, plain.body.toString()]).toEqual([undefined, long]);
			const fragment = await raw('/index.pf_fragment', 'br');
			expect([fragment.encoding, fragment.body.toString()]).toEqual([undefined, 'already gzip']);
		} finally {
			await server.close();
		}
	});
});
