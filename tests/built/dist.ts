/** Helpers for checks on the production build in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';

/** The built site: dist/, or SITE_DIST (lets parallel work build elsewhere, e.g. astro build --outDir). */
export const distDir = resolve(process.env['SITE_DIST'] ?? join(process.cwd(), 'dist'));

export interface BuiltPage {
	/** URL path, e.g. "/sv/periaatteet/" or "/404.html". */
	url: string;
	file: string;
	html: string;
	root: HTMLElement;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

export function urlOfFile(file: string): string {
	const rel = relative(distDir, file).split(sep).join('/');
	return rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export function builtPages(): BuiltPage[] {
	if (!existsSync(distDir)) throw new Error('dist/ is missing: run the build first (npm test does).');
	return walk(distDir).map((file) => {
		const html = readFileSync(file, 'utf8');
		return { url: urlOfFile(file), file, html, root: parse(html) };
	});
}

/** The file a site-internal URL path resolves to, or null. */
export function resolveInternal(path: string): string | null {
	const clean = decodeURIComponent(path);
	const candidates = [join(distDir, clean), join(distDir, clean, 'index.html')];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}
