/** Keyboard-only helpers: move focus with Tab (never click) until an element matches. */
import type { Page } from 'playwright-core';

/** Presses Tab until `predicate(document.activeElement)` holds; throws after `max` presses. */
export async function tabTo(page: Page, predicate: string, max = 60): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await page.evaluate(`(el => (${predicate}))(document.activeElement)`)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached an element matching ${predicate}`);
}

/** The focused element, described for assertions. */
export function focused(page: Page): Promise<{ tag: string; text: string; name: string | null; value: string | null }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLInputElement | null;
		return {
			tag: el?.tagName.toLowerCase() ?? '',
			text: el?.textContent?.trim() ?? '',
			name: el?.getAttribute('name') ?? null,
			value: el?.getAttribute('value') ?? null,
		};
	});
}

/** In a focused radio group, presses ArrowDown until the radio with `value` is checked. */
export async function chooseRadio(page: Page, value: string, max = 12): Promise<void> {
	for (let i = 0; i < max; i++) {
		const f = await focused(page);
		if (f.tag === 'input' && f.value === value) {
			await page.keyboard.press('Space');
			return;
		}
		await page.keyboard.press('ArrowDown');
	}
	throw new Error(`No radio with value ${value} in the focused group`);
}
