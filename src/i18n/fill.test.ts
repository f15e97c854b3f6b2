import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
	it('fills every placeholder with its string or number', () => {
		expect(fill('{count} / {name} / {count}', { count: 3, name: 'A' })).toBe('3 / A / 3');
		expect(fill('{zero}{empty}!', { zero: 0, empty: '' })).toBe('0!');
		expect(fill('{count} / {name} / {x}', { count: 3, name: 'A' })).toBe('3 / A / {x}');
		expect(fill('{a} and {b}', { a: 'A' })).toBe('A and {b}');
	});

	it('leaves unknown placeholders, and those whose value is not a string or a number, as they are', () => {
		expect(fill('{x} {flag} {gone}', { flag: true, gone: undefined })).toBe('{x} {flag} {gone}');
	});

	it('does not take values from the prototype', () => {
		expect(fill('{toString} {constructor}', {})).toBe('{toString} {constructor}');
	});

	it('does not read a filled value as a template', () => {
		expect(fill('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
	});

	it('leaves text without placeholders, and braces around non-words, unchanged', () => {
		expect(fill('a { b } {c-d} {}', { b: 'x', 'c-d': 'y' })).toBe('a { b } {c-d} {}');
	});
});
