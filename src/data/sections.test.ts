import { describe, expect, it } from 'vitest';
import { filePages, headingTexts } from './content-files';
import { entryIdOf, headingIds, type SectionPage, sectionResolver } from './sections';

describe('headingIds', () => {
	it('gives the ids Astro gives: lowercase, punctuation dropped, letters such as ä and ö kept, repeats numbered', () => {
		const ids = headingIds([
			'Liite 1: Avustusohje',
			'Bilaga 1: Understödsanvisning',
			'Yhteistyö – ja mitä se vaatii?',
			'Lyhyesti',
			'Lyhyesti',
		]);
		expect([...ids.keys()]).toEqual([
			'liite-1-avustusohje',
			'bilaga-1-understödsanvisning',
			'yhteistyö--ja-mitä-se-vaatii',
			'lyhyesti',
			'lyhyesti-1',
		]);
		expect(ids.get('lyhyesti-1')).toBe('Lyhyesti');
	});
});

describe('entryIdOf', () => {
	it('gives the docs entry of a page address', () => {
		expect(entryIdOf('/periaatteet/')).toBe('periaatteet');
		expect(entryIdOf('/sv/periaatteet/#bilaga-1')).toBe('sv/periaatteet');
		expect(entryIdOf('/tiekartta/2023-03/')).toBe('tiekartta/2023-03');
		expect(entryIdOf('/')).toBe('index');
		expect(entryIdOf('/sv/')).toBe('sv/index');
	});
});

describe('sectionResolver', () => {
	const page: SectionPage = { title: 'Periaatteet', headings: headingIds(['Lyhyesti', 'Liite 1: Avustusohje']) };
	const loads: string[] = [];
	const resolve = sectionResolver(async (id) => {
		loads.push(id);
		return id === 'periaatteet' ? page : undefined;
	}, 'Test data');

	it('labels a section link "Title: Heading" and a page link with the title', async () => {
		expect(await resolve('/periaatteet/#liite-1-avustusohje')).toEqual({
			href: '/periaatteet/#liite-1-avustusohje',
			title: 'Periaatteet',
			heading: 'Liite 1: Avustusohje',
			label: 'Periaatteet: Liite 1: Avustusohje',
		});
		expect((await resolve('/periaatteet/')).label).toBe('Periaatteet');
	});

	it('names the link and what is missing', async () => {
		await expect(resolve('/periaatteet/#liite-2')).rejects.toThrow(
			'Test data links to /periaatteet/#liite-2, but /periaatteet/ has no heading with the id "liite-2".',
		);
		await expect(resolve('/ei-ole/#x')).rejects.toThrow(
			'Test data links to /ei-ole/#x, but there is no such page (content/docs/ei-ole.mdx).',
		);
	});

	it('loads each page once', () => {
		expect(loads.filter((id) => id === 'periaatteet')).toHaveLength(1);
	});
});

describe('the MDX files as pages', () => {
	it('reads headings outside code blocks, without closing hashes', () => {
		expect(headingTexts('## A\ntext\n```\n## not a heading\n```\n### B ##\n#### C')).toEqual(['A', 'B', 'C']);
	});

	it('reads a page: its title and heading ids, also of a document kept as <id>/index.mdx', async () => {
		const principles = await filePages('periaatteet');
		expect(principles?.title).toBeTruthy();
		expect(principles?.headings.has('lyhyesti')).toBe(true);
		expect((await filePages('sv/periaatteet'))?.headings.has('i-korthet')).toBe(true);
		expect((await filePages('tiekartta'))?.title).toBeTruthy();
		expect(await filePages('ei-ole')).toBeUndefined();
	});
});
