// `npm run new-version -- <doc-id> <new-version> [--minor] [--root DIR]`
// Starts a new draft of a versioned document in both languages (see docs/versions.md). A draft never
// supersedes an approved or in-force text: such a current version keeps the stable address and the
// draft is written beside it as a proposal, <slug>/<new-version>.mdx. A current version that is itself
// not approved moves to <slug>/<old-version>.mdx as it is, and the draft takes <slug>/index.mdx.
// A new version of the document the grant self-check's rules come from gets a copy of the newest
// rule set (content/data/grant-check/<new-version>/), to edit when the rules change.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { NewVersionError, planNewVersion, planRulesCopy } from './lib/new-version.mjs';

const usage = `Usage: npm run new-version -- <doc-id> <new-version> [options]

Starts version <new-version> of the document whose front matter has document.id: <doc-id>,
in Finnish and Swedish. Example: npm run new-version -- tiekartta 2025-06

Options:
  --minor                       the new version is a minor change (changeKind: minor)
  --root DIR                    the content folder (default: content/docs)
  --rules DIR                   the grant rules folder (default: content/data/grant-check)
  --help                        this text`;

function filesUnder(root, pattern, dir = root) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return filesUnder(root, pattern, full);
		return pattern.test(name) ? [relative(root, full).split(sep).join('/')] : [];
	});
}
const read = (root, pattern) =>
	filesUnder(root, pattern).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));

let args;
try {
	args = parseArgs({
		allowPositionals: true,
		options: {
			'in-force-until': { type: 'string' },
			minor: { type: 'boolean', default: false },
			root: { type: 'string', default: 'content/docs' },
			rules: { type: 'string', default: 'content/data/grant-check' },
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
	const files = read(root, /\.mdx?$/);
	const rulesCopy = planRulesCopy({ ruleFiles: read(values.rules, /\.json$/), docFiles: files, docId, newVersion });
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
	for (const w of rulesCopy.writes) {
		mkdirSync(dirname(join(values.rules, w.path)), { recursive: true });
		writeFileSync(join(values.rules, w.path), w.text);
	}
	console.log(
		plan.placement === 'proposal'
			? `Started version ${newVersion} of "${docId}" as a proposal: the approved version ${plan.oldVersion} keeps the stable address.`
			: `Started version ${newVersion} of "${docId}" (the current version was ${plan.oldVersion}).`,
	);
	for (const w of plan.writes) console.log(`  wrote   ${join(root, w.path)}`);
	for (const r of plan.removes) console.log(`  removed ${join(root, r)}`);
	for (const w of rulesCopy.writes)
		console.log(`  wrote   ${join(values.rules, w.path)} (the rules of ${rulesCopy.from})`);
	console.log(`
Next:
  1. Edit the new text in both languages (the new files above).
  2. Replace the change note placeholder (document.changeNote) in both languages.${
		rulesCopy.from
			? `\n     The grant rules were copied from version ${rulesCopy.from}: edit ${join(values.rules, newVersion)}/ where the new\n     version changes them (docs/grant-check.md); the compare page lists what changed.`
			: ''
	}
  3. When the version is approved (see docs/versions.md): it takes the stable address (<slug>/index.mdx)
     with status, approvedBy, approvedOn (and inForceFrom); the version it replaces moves to
     <slug>/<version>.mdx with status superseded (and inForceUntil).
  4. Run npm test. The compare page, the change history and the feeds update themselves.`);
} catch (e) {
	if (e instanceof NewVersionError) {
		console.error(`new-version: ${e.message}`);
		process.exit(1);
	}
	throw e;
}
