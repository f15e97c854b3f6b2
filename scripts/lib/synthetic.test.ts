import { describe, expect, it } from 'vitest';
import { syntheticDocs } from './synthetic.mjs';

describe('synthetic content set', () => {
	it('makes every document in both languages at the same path', () => {
		const files = syntheticDocs(3);
		expect(files.map((f) => f.path)).toEqual([
			'synteettinen/1.mdx',
			'sv/synteettinen/1.mdx',
			'synteettinen/2.mdx',
			'sv/synteettinen/2.mdx',
			'synteettinen/3.mdx',
			'sv/synteettinen/3.mdx',
		]);
	});
	it('writes valid-looking front matter with document metadata', () => {
		const [fi, sv] = syntheticDocs(1);
		expect(fi?.text).toMatch(/^---\ntitle: Synteettinen asiakirja 1\n[\s\S]*document:\n {2}id: synteettinen-1\n/);
		expect(sv?.text).toContain('## I korthet');
		expect(sv?.text).toContain('](/sv/periaatteet/)');
	});
});
