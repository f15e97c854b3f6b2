import { describe, expect, it } from 'vitest';
import { fixValidity } from './validity';

describe('fixValidity', () => {
	it('drops aria-hidden from scripts', () => {
		expect(fixValidity('<head></head><body><script aria-hidden="true">x()</script></body>')).toBe(
			'<head></head><body><script>x()</script></body>',
		);
	});

	it("moves Astro's island style from the body into the head", () => {
		const page =
			'<html><head><title>t</title></head><body><p>a</p><style>astro-island,astro-slot{display:contents}</style><astro-island></astro-island></body></html>';
		expect(fixValidity(page)).toBe(
			'<html><head><title>t</title><style>astro-island,astro-slot{display:contents}</style></head><body><p>a</p><astro-island></astro-island></body></html>',
		);
	});

	it('leaves other styles and pages without a body alone', () => {
		expect(fixValidity('<body><style>p{}</style></body>')).toBe('<body><style>p{}</style></body>');
		expect(fixValidity('<p>x</p>')).toBe('<p>x</p>');
	});
});
