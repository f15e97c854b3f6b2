import { describe, expect, it } from 'vitest';
import { nextAnnouncement } from './announcer';
import { flushFocus } from './focus-request';
import { isPlainClick } from './StepLink';

describe('nextAnnouncement', () => {
	it('sets a new text as it is', () => {
		expect(nextAnnouncement('', 'Kolme muotoa sopii.')).toBe('Kolme muotoa sopii.');
		expect(nextAnnouncement('A', 'B')).toBe('B');
	});

	it('varies a repeated text invisibly so that it is read again', () => {
		const once = nextAnnouncement('', 'Sama');
		const twice = nextAnnouncement(once, 'Sama');
		expect(twice).not.toBe(once);
		expect(twice.trim()).toBe('Sama');
		expect(nextAnnouncement(twice, 'Sama')).toBe('Sama');
	});

	it('clears with an empty text', () => {
		expect(nextAnnouncement('', '')).toBe('');
		expect(nextAnnouncement('A', '')).toBe('');
	});
});

describe('flushFocus', () => {
	const element = () => {
		const e = { focused: 0, focus: () => e.focused++ };
		return e;
	};

	it('focuses the target once it exists and clears the request', () => {
		const heading = element();
		expect(flushFocus('result', (k) => (k === 'result' ? heading : null))).toBeNull();
		expect(heading.focused).toBe(1);
	});

	it('keeps the request pending while the target is not rendered', () => {
		const heading = element();
		let rendered = false;
		const resolve = () => (rendered ? heading : null);
		const pending = flushFocus('result', resolve);
		expect(pending).toBe('result');
		expect(heading.focused).toBe(0);
		rendered = true;
		expect(flushFocus(pending, resolve)).toBeNull();
		expect(heading.focused).toBe(1);
	});

	it('does nothing without a request', () => {
		const heading = element();
		expect(flushFocus(null, () => heading)).toBeNull();
		expect(heading.focused).toBe(0);
	});
});

describe('isPlainClick', () => {
	const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };

	it('is a plain primary click', () => {
		expect(isPlainClick(click)).toBe(true);
	});

	it('is not a click that opens a tab or window, nor another button', () => {
		for (const other of [
			{ ...click, button: 1 },
			{ ...click, metaKey: true },
			{ ...click, ctrlKey: true },
			{ ...click, shiftKey: true },
			{ ...click, altKey: true },
		]) {
			expect(isPlainClick(other)).toBe(false);
		}
	});
});
