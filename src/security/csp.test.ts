import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addCsp, inlineScripts, policyFor } from './csp';

const page = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><script>var a=1;</script><script type="module" src="/_astro/x.js"></script></head><body><script type="module">import('/y.js')</script></body></html>`;

describe('CSP', () => {
	it('finds inline scripts and skips scripts with src', () => {
		expect(inlineScripts(page)).toEqual(['var a=1;', "import('/y.js')"]);
	});

	it('allows inline scripts only by hash, never unsafe-inline', () => {
		const policy = policyFor(['var a=1;']);
		const hash = createHash('sha256').update('var a=1;').digest('base64');
		const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src')) ?? '';
		expect(scriptSrc).toContain(`'sha256-${hash}'`);
		expect(scriptSrc).toContain("'wasm-unsafe-eval'");
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(policy).toContain("object-src 'none'");
	});

	it('puts the meta right after <meta charset>, once', () => {
		const out = addCsp(page);
		expect(out).toMatch(
			/<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src/,
		);
		expect(addCsp(out)).toBe(out);
	});

	it('leaves a document without <head> alone', () => {
		expect(addCsp('<p>x</p>')).toBe('<p>x</p>');
	});
});
