// `npm run new-version -- <doc-id> <new-version> [--in-force-until YYYY-MM-DD] [--minor] [--root DIR]`
// Starts a new version of a versioned document in both languages (see README, "Versioned documents"):
// the current version moves to <slug>/<old-version>.mdx with status superseded, and a copy becomes the
// new current version <slug>/index.mdx with the new version id, status draft and a change-note placeholder.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { NewVersionError, planNewVersion } from './lib/new-version.mjs';

const usage = `Usage: npm run new-version -- <doc-id> <new-version> [options]

Starts version <new-version> of the document whose front matter has document.id: <doc-id>,
in Finnish and Swedish. Example: npm run new-version -- tiekartta 2025-06

Options:
  --in-force-until YYYY-MM-DD   the last day the current version is in force (written to it)
  --minor                       the new version is a minor change (changeKind: minor)
  --root DIR                    the content folder (default: content/docs)
  --help                        this text`;

function markdownFiles(root, dir = root) {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return markdownFiles(root, full);
		return /\.mdx?$/.test(name) ? [relative(root, full).split(sep).join('/')] : [];
	});
}

let args;
try {
	args = parseArgs({
		allowPositionals: true,
		options: {
			'in-force-until': { type: 'string' },
			minor: { type: 'boolean', default: false },
			root: { type: 'string', default: 'content/docs' },
			help: { type: 'boolean', default: false },
		},
	});
} catch (e) {
	console.error(`${e instanceof Error ? e.message : e}\n\n${usage}`);
	process.exit(1);
}
const { values, positionals } = args;
if (values.help) {
	console.log(usage);
	process.exit(0);
}
if (positionals.length !== 2) {
	console.error(`Give the document id and the new version.\n\n${usage}`);
	process.exit(1);
}
const [docId, newVersion] = positionals;
const root = values.root;

try {
	const files = markdownFiles(root).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
	const plan = planNewVersion({
		files,
		docId,
		newVersion,
		inForceUntil: values['in-force-until'],
		changeKind: values.minor ? 'minor' : 'major',
	});
	for (const w of plan.writes) {
		mkdirSync(dirname(join(root, w.path)), { recursive: true });
		writeFileSync(join(root, w.path), w.text);
	}
	for (const r of plan.removes) rmSync(join(root, r));
	console.log(`Started version ${newVersion} of "${docId}" (the current version was ${plan.oldVersion}).`);
	for (const w of plan.writes) console.log(`  wrote   ${join(root, w.path)}`);
	for (const r of plan.removes) console.log(`  removed ${join(root, r)}`);
	console.log(`
Next:
  1. Edit the new text in both languages (the index files above).
  2. Replace the change note placeholder (document.changeNote) in both languages.
  3. When the version is approved: set status, approvedBy, approvedOn (and inForceFrom).
  4. Run npm test. The compare page, the change history and the feeds update themselves.`);
} catch (e) {
	if (e instanceof NewVersionError) {
		console.error(`new-version: ${e.message}`);
		process.exit(1);
	}
	throw e;
}
