import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentMeta } from '~/schema/document';
import { buildVersionIndex, type DocHistory, type VersionSource } from '~/versions/model';
import { parallelPages, parallelUrl, parallelUrlOf } from './addresses';

const meta = (id: string, version: string, status: DocumentMeta['status']): DocumentMeta => ({
	id,
	version,
	status,
	changeNote: 'n',
	changeKind: 'major',
	sources: ['004'],
	...(status === 'approved' ? { approvedBy: 'lautakunta', approvedOn: '2023-03' } : {}),
});
const src = (entryId: string, m: DocumentMeta): VersionSource => ({
	entryId,
	title: entryId,
	description: '',
	meta: m,
});
// Built in each test, not while the file is collected (Stryker counts that as "static": docs/mutation-testing.md).
let index: DocHistory[];
beforeEach(() => {
	index = buildVersionIndex([
		src('tiekartta', meta('tiekartta', '2023-03', 'approved')),
		src('tiekartta/2024-05', meta('tiekartta', '2024-05', 'draft')),
		src('sv/tiekartta', meta('tiekartta', '2023-03', 'approved')),
		src('sv/tiekartta/2024-05', meta('tiekartta', '2024-05', 'draft')),
		src('periaatteet', meta('periaatteet', '2022-10-10', 'draft')),
		src('sv/periaatteet', meta('periaatteet', '2022-10-10', 'draft')),
	]);
});

describe('parallelUrl', () => {
	it('is /<slug>/rinnakkain/ or /<slug>/<version>/rinnakkain/, under /sv/ in Swedish', () => {
		expect(parallelUrl('tiekartta', 'fi')).toBe('/tiekartta/rinnakkain/');
		expect(parallelUrl('tiekartta', 'sv', '2024-05')).toBe('/sv/tiekartta/2024-05/rinnakkain/');
	});
});

describe('parallelPages', () => {
	let pages: ReturnType<typeof parallelPages>;
	beforeEach(() => {
		pages = parallelPages(index);
	});

	it('gives every document a stable page and every version its own, in both languages', () => {
		expect(pages.map((p) => p.url).sort()).toEqual(
			[
				'/periaatteet/rinnakkain/',
				'/periaatteet/2022-10-10/rinnakkain/',
				'/tiekartta/rinnakkain/',
				'/tiekartta/2023-03/rinnakkain/',
				'/tiekartta/2024-05/rinnakkain/',
			]
				.flatMap((u) => [u, `/sv${u}`])
				.sort(),
		);
	});

	it('pairs the same version in both languages and cites the stable or the permanent address', () => {
		const stable = pages.find((p) => p.url === '/sv/tiekartta/rinnakkain/');
		expect(stable?.lang).toBe('sv');
		expect(stable?.versions.fi.entryId).toBe('tiekartta');
		expect(stable?.versions.sv.entryId).toBe('sv/tiekartta');
		expect(stable?.citeBase).toEqual({ fi: '/tiekartta/', sv: '/sv/tiekartta/' });
		const current = pages.find((p) => p.url === '/tiekartta/2023-03/rinnakkain/');
		expect(current?.citeBase).toEqual({ fi: '/tiekartta/2023-03/', sv: '/sv/tiekartta/2023-03/' });
		const proposal = pages.find((p) => p.url === '/tiekartta/2024-05/rinnakkain/');
		expect(proposal?.versions.sv.entryId).toBe('sv/tiekartta/2024-05');
		expect(proposal?.isStable).toBe(false);
	});

	it('refuses a version called "rinnakkain", naming its file', () => {
		const clash = buildVersionIndex([
			src('malli', meta('malli', '2', 'approved')),
			src('malli/rinnakkain', meta('malli', 'rinnakkain', 'draft')),
			src('sv/malli', meta('malli', '2', 'approved')),
			src('sv/malli/rinnakkain', meta('malli', 'rinnakkain', 'draft')),
		]);
		expect(() => parallelPages(clash)).toThrow('malli/rinnakkain: the version "rinnakkain" is reserved');
	});

	it('leaves out a document without the other language', () => {
		const onlyFi = index.filter((h) => h.lang === 'fi');
		expect(parallelPages(onlyFi)).toEqual([]);
	});
});

describe('parallelUrlOf', () => {
	it('links a document page to the view of what it shows', () => {
		const fi = index.find((h) => h.lang === 'fi' && h.docId === 'tiekartta');
		const [current, proposal] = [fi?.current, fi?.versions[1]];
		if (!current || !proposal) throw new Error('fixture');
		expect(parallelUrlOf(current, true)).toBe('/tiekartta/rinnakkain/');
		expect(parallelUrlOf(current, false)).toBe('/tiekartta/2023-03/rinnakkain/');
		expect(parallelUrlOf(proposal, false)).toBe('/tiekartta/2024-05/rinnakkain/');
	});
});
