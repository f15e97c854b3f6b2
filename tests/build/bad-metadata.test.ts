/**
 * Invalid document metadata fails the build, with a message naming the file and the field.
 * Builds a temporary copy of the project with one broken page added.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = resolve('.');
const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'tmp']);
const dirs: string[] = [];

function buildWith(page: string): { status: number | null; output: string } {
	const dir = mkdtempSync(join(tmpdir(), 'bad-meta-'));
	dirs.push(dir);
	cpSync(project, dir, {
		recursive: true,
		filter: (src) => !skip.has(src.slice(project.length + 1).split('/')[0] ?? ''),
	});
	symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
	writeFileSync(join(dir, 'content/docs/rikki.mdx'), page);
	const result = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const page = (documentYaml: string) =>
	`---\ntitle: Rikki\ndescription: Virheellinen sivu\ndocument:\n${documentYaml}\n---\n\nTeksti.\n`;

afterAll(() => {
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('document metadata validation', () => {
	it('fails the build on an unknown status, naming the file and the field', () => {
		const { status, output } = buildWith(
			page('  id: rikki\n  version: "1"\n  status: valid\n  changeNote: x\n  sources: ["001"]'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/rikki/);
		expect(output).toMatch(/document\.status/);
	});

	it('fails the build on an approved document without approval date', () => {
		const { status, output } = buildWith(
			page(
				'  id: rikki\n  version: "1"\n  status: approved\n  approvedBy: aluehallitus\n  changeNote: x\n  sources: ["001"]',
			),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/rikki/);
		expect(output).toMatch(/document\.approvedBy/);
		expect(output).toMatch(/needs approvedBy and approvedOn/);
	});
});
