import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addCsp } from '~/security/csp';
import { htmlSteps, processHtml } from './steps';

const page = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><script>var a=1;</script></head><body><main><p>Verksamhetsunderstöd</p></main></body></html>`;

describe('build-time HTML steps', () => {
	it('run the CSP step last, so it hashes the scripts the other steps left', () => {
		expect(htmlSteps.at(-1)?.[1]).toBe(addCsp);
		expect(new Set(htmlSteps.map(([name]) => name)).size).toBe(htmlSteps.length);
	});

	it('apply every step to a page, in order', () => {
		const out = processHtml(page);
		const hash = createHash('sha256').update('var a=1;').digest('base64');
		expect(out).toContain(`'sha256-${hash}'`);
		expect(out).toBe(htmlSteps.reduce((html, [, step]) => step(html), page));
		expect(out).not.toBe(page);
	});
});
