import { describe, expect, it } from 'vitest';
import { findChromium, usualPaths } from './chromium.mjs';

describe('findChromium', () => {
	it('prefers CHROME_PATH', () => {
		expect(findChromium({ CHROME_PATH: '/opt/c' }, (p: string) => p === '/opt/c')).toBe('/opt/c');
	});
	it('fails loudly when CHROME_PATH points nowhere', () => {
		expect(() => findChromium({ CHROME_PATH: '/nope' }, () => false)).toThrow(/CHROME_PATH/);
	});
	it('falls back to the usual paths in order', () => {
		expect(findChromium({}, (p: string) => p === usualPaths[1])).toBe(usualPaths[1]);
	});
	it('returns null when there is none (the caller then installs or fails)', () => {
		expect(findChromium({}, () => false)).toBeNull();
	});
});
