// Starting a new version of a versioned document (pure logic of `npm run new-version`).
// Works on the text of the Markdown files under content/docs and returns the file operations;
// scripts/new-version.mjs reads and writes the files. The layout is described in docs/versions.md
// and checked by src/versions/model.ts.
import yaml from 'js-yaml';

/** Change-note placeholders of a new draft (same as changeNotePlaceholders in src/versions/model.ts). */
export const changeNotePlaceholders = {
	fi: 'LUONNOS: kirjoita tähän, mitä tässä versiossa muuttui.',
	sv: 'UTKAST: skriv här vad som ändrades i den här versionen.',
};

/** Fields a new draft does not inherit: it is neither presented, approved nor in force yet. */
const droppedForDraft = [
	'approvedBy',
	'approvedOn',
	'presentedTo',
	'presentedOn',
	'inForceFrom',
	'inForceUntil',
	'upToDateAsOf',
];

export class NewVersionError extends Error {}

// One ordering of version ids for the site and this script (Node 24 runs the .ts by stripping types).
import { compareVersionIds } from '../../src/versions/model.ts';

export { compareVersionIds };

const frontMatterRe = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;

/** The `document` block of a Markdown file's front matter, or undefined. */
export function documentOf(text) {
	const m = text.match(frontMatterRe);
	if (!m) return undefined;
	const data = yaml.load(m[1] ?? '');
	return data && typeof data === 'object' && data.document && typeof data.document === 'object'
		? data.document
		: undefined;
}

/**
 * Sets (string value) or removes (null) keys of the `document:` block of the front matter, keeping
 * every other line as it is. A value spanning several lines (a long or folded scalar) is replaced
 * whole. Missing keys are added at the end of the block.
 */
export function editDocumentBlock(text, edits) {
	const m = text.match(frontMatterRe);
	if (!m) throw new NewVersionError('no front matter');
	const lines = (m[1] ?? '').split(/\r?\n/);
	const start = lines.findIndex((l) => /^document:\s*$/.test(l));
	if (start < 0) throw new NewVersionError('no document: block in the front matter');
	let end = start + 1;
	while (end < lines.length && (/^\s+\S/.test(lines[end]) || lines[end].trim() === '')) end++;
	const block = lines.slice(start + 1, end);
	const indent = block.find((l) => l.trim())?.match(/^\s+/)?.[0] ?? '  ';
	const out = [];
	const done = new Set();
	for (let i = 0; i < block.length; i++) {
		const line = block[i];
		const key =
			line.startsWith(indent) && !/^\s/.test(line.slice(indent.length))
				? line.slice(indent.length).match(/^([\w-]+):/)?.[1]
				: undefined;
		if (key === undefined || !(key in edits)) {
			out.push(line);
			continue;
		}
		// Skip the value's continuation lines (indented deeper than the key).
		while (i + 1 < block.length && block[i + 1].startsWith(`${indent} `)) i++;
		done.add(key);
		if (edits[key] !== null) out.push(`${indent}${key}: ${edits[key]}`);
	}
	for (const [key, value] of Object.entries(edits)) {
		if (!done.has(key) && value !== null) out.push(`${indent}${key}: ${value}`);
	}
	const front = [...lines.slice(0, start + 1), ...out, ...lines.slice(end)].join('\n');
	return text.replace(frontMatterRe, (_all, _fm, nl) => `---\n${front}\n---${nl}`);
}

/** Statuses that keep the stable address (same as decidedStatuses in src/versions/model.ts). */
export const decidedStatuses = ['approved', 'in-force'];

/**
 * Plans a new version of document `docId` in both languages. A new draft never supersedes anything:
 * - when the current version (at the stable address) is approved or in force, it stays there,
 *   unchanged, and the new draft is written beside it as a proposal, <slug>/<new>.mdx;
 * - otherwise (the current version is itself a draft or only presented) the current version moves
 *   to <slug>/<old>.mdx, keeping its status, and the new draft takes the stable address.
 * @param {{ files: { path: string; text: string }[]; docId: string; newVersion: string;
 *   inForceUntil?: string; changeKind?: 'major' | 'minor' }} input
 *   files: every Markdown file under content/docs, path relative to it ("tiekartta/index.mdx").
 * @returns {{ writes: { path: string; text: string }[]; removes: string[]; oldVersion: string;
 *   placement: 'proposal' | 'current' }}
 */
export function planNewVersion({ files, docId, newVersion, inForceUntil, changeKind = 'major' }) {
	if (!/^[0-9a-z][0-9a-z-]*$/.test(newVersion) || newVersion === 'vertaa') {
		throw new NewVersionError(
			`"${newVersion}" is not a usable version id: use lowercase letters, digits and hyphens, e.g. 2025-06 (it becomes a file name and an address)`,
		);
	}
	if (inForceUntil !== undefined) {
		throw new NewVersionError(
			'--in-force-until is not used any more: a new draft does not end the validity of the version in force. Set inForceUntil (and mark the old version superseded) when the new version is approved.',
		);
	}
	if (!['major', 'minor'].includes(changeKind)) throw new NewVersionError(`unknown change kind "${changeKind}"`);
	const paths = new Set(files.map((f) => f.path));
	const writes = [];
	const removes = [];
	const versionsSeen = [];
	const placements = [];
	for (const lang of ['fi', 'sv']) {
		const prefix = lang === 'sv' ? 'sv/' : '';
		const mine = files
			.filter((f) => (lang === 'sv') === f.path.startsWith('sv/'))
			.map((f) => ({ ...f, doc: documentOf(f.text) }))
			.filter((f) => f.doc?.id === docId);
		const current = mine.filter((f) => {
			const base = f.path
				.split('/')
				.at(-1)
				?.replace(/\.mdx?$/, '');
			return base !== String(f.doc.version);
		});
		if (current.length !== 1) {
			throw new NewVersionError(
				current.length === 0
					? `no current version of document "${docId}" in ${lang === 'sv' ? 'Swedish' : 'Finnish'} (a page whose front matter has document.id: ${docId})`
					: `document "${docId}" has more than one current version in ${lang}: ${current.map((f) => f.path).join(', ')}`,
			);
		}
		const cur = current[0];
		const oldVersion = String(cur.doc.version);
		versionsSeen.push(oldVersion);
		const newest =
			mine
				.map((f) => String(f.doc.version))
				.sort(compareVersionIds)
				.at(-1) ?? oldVersion;
		if (compareVersionIds(newVersion, newest) <= 0) {
			throw new NewVersionError(
				newest === oldVersion
					? `the new version "${newVersion}" must come after the current version "${oldVersion}"`
					: `the new version "${newVersion}" must come after the newest version "${newest}"`,
			);
		}
		const ext = cur.path.endsWith('.md') ? '.md' : '.mdx';
		const rel = cur.path.slice(prefix.length).replace(/\.mdx?$/, '');
		const slug = rel.endsWith('/index') ? rel.slice(0, -'/index'.length) : rel;
		const decided = decidedStatuses.includes(String(cur.doc.status));
		placements.push(decided ? 'proposal' : 'current');

		const newText = editDocumentBlock(cur.text, {
			version: JSON.stringify(newVersion),
			status: 'draft',
			changeNote: JSON.stringify(changeNotePlaceholders[lang]),
			changeKind,
			...Object.fromEntries(droppedForDraft.map((k) => [k, null])),
		});
		const n = documentOf(newText);
		if (String(n?.version) !== newVersion || n?.status !== 'draft' || n?.changeNote !== changeNotePlaceholders[lang]) {
			throw new NewVersionError(`could not write the front matter of the new version from ${cur.path}`);
		}
		if (decided) {
			// The text in force keeps the stable address, untouched; the draft is a proposal beside it.
			const newPath = `${prefix}${slug}/${newVersion}${ext}`;
			if (paths.has(newPath)) throw new NewVersionError(`${newPath} exists already`);
			writes.push({ path: newPath, text: newText });
			continue;
		}
		// The current version is not approved: it moves aside as it is (a draft stays a draft).
		const oldPath = `${prefix}${slug}/${oldVersion}${ext}`;
		const newPath = `${prefix}${slug}/index${ext}`;
		if (paths.has(oldPath)) throw new NewVersionError(`${oldPath} exists already`);
		writes.push({ path: oldPath, text: cur.text }, { path: newPath, text: newText });
		if (cur.path !== newPath) removes.push(cur.path);
	}
	if (versionsSeen[0] !== versionsSeen[1]) {
		throw new NewVersionError(
			`the Finnish (${versionsSeen[0]}) and Swedish (${versionsSeen[1]}) current versions of "${docId}" differ`,
		);
	}
	if (placements[0] !== placements[1]) {
		throw new NewVersionError(`the Finnish and Swedish current versions of "${docId}" have different statuses`);
	}
	return { writes, removes, oldVersion: versionsSeen[0], placement: placements[0] };
}

/**
 * The grant rules carried along to a new version (ADR 0600): when the document is the one the
 * self-check's rules come from (`source.entry` of a rule set's rules.json names a page of it), the
 * newest rule set is copied, file by file, to a folder named after the new version. Other
 * documents carry no rules.
 * @param {{ ruleFiles: { path: string; text: string }[]; docFiles: { path: string; text: string }[];
 *   docId: string; newVersion: string }} input
 *   ruleFiles: every file under content/data/grant-check, path relative to it ("2022-10-10/rules.json");
 *   docFiles: every Markdown file under content/docs, path relative to it.
 * @returns {{ from: string | undefined; writes: { path: string; text: string }[] }}
 */
export function planRulesCopy({ ruleFiles, docFiles, docId, newVersion }) {
	const sets = new Map();
	for (const f of ruleFiles) {
		const m = /^([^/]+)\/([^/]+\.json)$/.exec(f.path);
		if (m) sets.set(m[1], [...(sets.get(m[1]) ?? []), { name: m[2], text: f.text }]);
	}
	const newest = [...sets.keys()].sort(compareVersionIds).at(-1);
	if (newest === undefined) return { from: undefined, writes: [] };
	const rules = sets.get(newest).find((f) => f.name === 'rules.json');
	const entry = rules && JSON.parse(rules.text)?.source?.entry;
	const page = docFiles.find((f) => f.path === `${entry}.mdx` || f.path === `${entry}/index.mdx`);
	if (!page || String(documentOf(page.text)?.id) !== docId) return { from: undefined, writes: [] };
	if (sets.has(newVersion)) throw new NewVersionError(`the rules of version ${newVersion} exist already`);
	return {
		from: newest,
		writes: sets.get(newest).map((f) => ({ path: `${newVersion}/${f.name}`, text: f.text })),
	};
}
