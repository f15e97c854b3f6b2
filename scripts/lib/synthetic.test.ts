import { describe, expect, it } from 'vitest';
import { syntheticDocs } from './synthetic.mjs';

describe('synthetic content set', () => {
	it('makes every document in both languages at the same path', () => {
		const files = syntheticDocs(3);
		expect(files.map((f) => f.path)).toEqual([
			'synteettinen/asiakirja-1/index.mdx',
			'sv/synteettinen/asiakirja-1/index.mdx',
			'synteettinen/asiakirja-2/index.mdx',
			'sv/synteettinen/asiakirja-2/index.mdx',
			'synteettinen/asiakirja-3/index.mdx',
			'sv/synteettinen/asiakirja-3/index.mdx',
		]);
	});
	it('writes valid-looking front matter with document metadata', () => {
		const [fi, sv] = syntheticDocs(1);
		expect(fi?.text).toMatch(/^---\ntitle: Synteettinen asiakirja 1\n[\s\S]*document:\n {2}id: synteettinen-1\n/);
		expect(sv?.text).toContain('## I korthet');
		expect(sv?.text).toContain('](/sv/periaatteet/)');
	});
});
