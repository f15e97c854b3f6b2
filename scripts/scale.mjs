// `npm run bench -- --scale` (or `node scripts/scale.mjs 100 1000`): builds a temporary copy of
// the site with N synthetic documents in both languages added, for each N, and reports the time.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { syntheticDocs } from './lib/synthetic.mjs';

const project = resolve('.');
const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'tmp']);

function countHtml(dir) {
	return readdirSync(dir).reduce((n, name) => {
		const f = join(dir, name);
		if (statSync(f).isDirectory()) return name === 'pagefind' || name === '_astro' ? n : n + countHtml(f);
		return name.endsWith('.html') ? n + 1 : n;
	}, 0);
}

export function buildWithSynthetic(count) {
	const dir = mkdtempSync(join(tmpdir(), `scale-${count}-`));
	try {
		cpSync(project, dir, {
			recursive: true,
			filter: (src) => !skip.has(src.slice(project.length + 1).split('/')[0] ?? ''),
		});
		// Hard-linked, not symlinked: Vite resolves symlinks to real paths and would mix the two trees.
		const cp = spawnSync('cp', ['-al', join(project, 'node_modules'), join(dir, 'node_modules')]);
		if (cp.status !== 0) throw new Error(`could not link node_modules: ${cp.stderr}`);
		for (const f of syntheticDocs(count)) {
			const target = join(dir, 'content/docs', f.path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, f.text);
		}
		const t0 = performance.now();
		const r = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			maxBuffer: 512 * 1024 * 1024,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		const seconds = (performance.now() - t0) / 1000;
		if (r.status !== 0) {
			const errors = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /error|killed|heap/i.test(l));
			throw new Error(
				`build with ${count} synthetic documents failed (${r.status ?? r.signal}):\n${errors.slice(0, 20).join('\n')}`,
			);
		}
		return { count, pages: countHtml(join(dir, 'dist')), seconds };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const counts = process.argv
		.slice(2)
		.map(Number)
		.filter((n) => n > 0);
	for (const n of counts.length ? counts : [50, 500]) {
		const r = buildWithSynthetic(n);
		console.log(`${r.count} synthetic documents × 2 languages: ${r.pages} pages built in ${r.seconds.toFixed(1)} s`);
	}
}
