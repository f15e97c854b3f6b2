// A minimal static file server for dist/ used by the tests, the bench and `npm start` (no
// dependency, loopback only). Serves directories as index.html, unknown paths with dist/404.html
// (status 404). Text files are compressed as a real host does (brotli when the browser accepts
// it, else gzip; `Vary: Accept-Encoding`), so that transfer sizes measured through it, such as
// Lighthouse's, are those of a deployed site (docs/measuring.md).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/** Types a host compresses (Pagefind's own index files are already gzip: sent as they are). */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.ics', '.wasm']);

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

/**
 * The content coding to send for an Accept-Encoding header: 'br', 'gzip' or null (identity).
 * Codings with q=0 are refused; brotli is preferred when both are accepted.
 */
export function encodingFor(acceptEncoding) {
	const accepted = new Set(
		String(acceptEncoding ?? '')
			.split(',')
			.map((part) => part.trim().toLowerCase().split(';'))
			.filter(([, ...params]) => !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p)))
			.map(([name]) => name),
	);
	if (accepted.has('br')) return 'br';
	if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
	return null;
}

// Brotli at quality 5 and gzip at level 6: what hosts use when compressing on the fly.
const encoders = {
	br: (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
	gzip: (buf) => gzipSync(buf, { level: 6 }),
};

/** Start serving `dir` on 127.0.0.1; resolves to { url, close }. */
export function serve(dir, port = 0) {
	const root = resolve(dir);
	const cache = new Map();
	const compressed = (file, encoding) => {
		const key = `${encoding} ${file} ${statSync(file).mtimeMs}`;
		let body = cache.get(key);
		if (!body) {
			body = encoders[encoding](readFileSync(file));
			cache.set(key, body);
		}
		return body;
	};
	const server = createServer((req, res) => {
		const file = fileFor(root, req.url ?? '/');
		const notFound = join(root, '404.html');
		const target = file ?? (existsSync(notFound) ? notFound : null);
		if (!target) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const headers = { 'content-type': types[extname(target)] ?? 'application/octet-stream' };
		const status = file ? 200 : 404;
		if (compressible.has(extname(target))) {
			headers.vary = 'Accept-Encoding';
			const encoding = encodingFor(req.headers['accept-encoding']);
			if (encoding) {
				const body = compressed(target, encoding);
				res.writeHead(status, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
				res.end(req.method === 'HEAD' ? undefined : body);
				return;
			}
		}
		res.writeHead(status, headers);
		createReadStream(target).pipe(res);
	});
	return new Promise((ok) => {
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			ok({ url: `http://127.0.0.1:${address.port}`, close: () => new Promise((done) => server.close(done)) });
		});
	});
}
