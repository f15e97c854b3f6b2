// A minimal static file server for dist/ used by the tests (no dependency, loopback only).
// Serves directories as index.html, unknown paths with dist/404.html (status 404).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.ics': 'text/calendar; charset=utf-8',
	'.woff2': 'font/woff2',
};

/** Resolve a URL path to a file in root, or null. Never leaves root. */
export function fileFor(root, urlPath) {
	let path;
	try {
		path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
	} catch {
		return null;
	}
	const full = normalize(join(root, path));
	if (!full.startsWith(root)) return null;
	if (existsSync(full) && statSync(full).isFile()) return full;
	const index = join(full, 'index.html');
	if (existsSync(index)) return index;
	return null;
}

/** Start serving `dir` on 127.0.0.1; resolves to { url, close }. */
export function serve(dir, port = 0) {
	const root = resolve(dir);
	const server = createServer((req, res) => {
		const file = fileFor(root, req.url ?? '/');
		const notFound = join(root, '404.html');
		const target = file ?? (existsSync(notFound) ? notFound : null);
		if (!target) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		res.writeHead(file ? 200 : 404, { 'content-type': types[extname(target)] ?? 'application/octet-stream' });
		createReadStream(target).pipe(res);
	});
	return new Promise((ok) => {
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			ok({ url: `http://127.0.0.1:${address.port}`, close: () => new Promise((done) => server.close(done)) });
		});
	});
}
