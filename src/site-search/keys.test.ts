import { describe, expect, it } from 'vitest';
import { nextResult, searchShortcut, visibleMeta } from './keys';

const press = (
	key: string,
	mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; typing: boolean }> = {},
) => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	typing: false,
	...mods,
});

describe('searchShortcut', () => {
	it('Ctrl+K and Cmd+K toggle, also while typing', () => {
		expect(searchShortcut(press('k', { ctrlKey: true }))).toBe('toggle');
		expect(searchShortcut(press('K', { metaKey: true, typing: true }))).toBe('toggle');
	});
	it('"/" opens unless the person is typing or holds a modifier', () => {
		expect(searchShortcut(press('/'))).toBe('open');
		expect(searchShortcut(press('/', { typing: true }))).toBeNull();
		expect(searchShortcut(press('/', { ctrlKey: true }))).toBeNull();
	});
	it('other keys do nothing', () => {
		expect(searchShortcut(press('k'))).toBeNull();
		expect(searchShortcut(press('k', { ctrlKey: true, altKey: true }))).toBeNull();
		expect(searchShortcut(press('Enter'))).toBeNull();
	});
});

describe('nextResult', () => {
	it('moves down from the input through the results and stops at the last', () => {
		expect(nextResult(-1, 3, 'ArrowDown')).toBe(0);
		expect(nextResult(0, 3, 'ArrowDown')).toBe(1);
		expect(nextResult(2, 3, 'ArrowDown')).toBe(2);
	});
	it('moves up to the input from the first result', () => {
		expect(nextResult(2, 3, 'ArrowUp')).toBe(1);
		expect(nextResult(0, 3, 'ArrowUp')).toBe(-1);
	});
	it('Home and End jump among results, not from the input (where they move the caret)', () => {
		expect(nextResult(1, 3, 'Home')).toBe(0);
		expect(nextResult(0, 3, 'End')).toBe(2);
		expect(nextResult(-1, 3, 'End')).toBeNull();
	});
	it('does nothing without results or for other keys', () => {
		expect(nextResult(-1, 0, 'ArrowDown')).toBeNull();
		expect(nextResult(0, 3, 'Tab')).toBeNull();
	});
});

describe('visibleMeta', () => {
	it('drops the index-only compound terms and keeps the rest', () => {
		expect(visibleMeta({ title: 'T', terms: 'avustus avustukset' })).toEqual({ title: 'T' });
	});
	it('drops the index-only month names of the annual cycle', () => {
		expect(visibleMeta({ title: 'T', months: 'joulukuu joulukuussa', terms: 'x' })).toEqual({ title: 'T' });
	});
});
