/** Shared Playwright helpers for the browser tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseUrl = (): string => inject('baseUrl');

function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: inject('chromePath'),
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/** What a test file uses of its Chromium (see `chromiumForFile`). */
export interface FileBrowser {
	newPage(options?: BrowserContextOptions): Promise<Page>;
	newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
	/**
	 * Runs `run` on a page of a fresh context (its own storage and viewport), with the page's
	 * errors collected (`collectErrors`), and closes the context after, whatever happens.
	 */
	withPage(
		run: (page: Page, errors: string[], context: BrowserContext) => Promise<void>,
		options?: BrowserContextOptions,
	): Promise<void>;
}

/**
 * Chromium for the tests of one file: launched before them, closed after them. Call it once at
 * the top of the file, `const browser = chromiumForFile();`, then `await browser.newPage()`. A
 * `beforeAll` of the file's own may use it too (it waits for the launch).
 */
export function chromiumForFile(): FileBrowser {
	let running: Promise<Browser> | undefined;
	const browser = (): Promise<Browser> => {
		running ??= launch();
		return running;
	};
	beforeAll(async () => {
		await browser();
	});
	afterAll(async () => {
		await (await running?.catch(() => undefined))?.close();
	});
	return {
		newPage: async (options) => (await browser()).newPage(options),
		newContext: async (options) => (await browser()).newContext(options),
		async withPage(run, options = {}) {
			const context = await (await browser()).newContext(options);
			const page = await context.newPage();
			const errors = collectErrors(page);
			try {
				await run(page, errors, context);
			} finally {
				await context.close();
			}
		},
	};
}

/** Console errors and uncaught page errors seen while the page is in use. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
	return errors;
}

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core on the page (or a part of it) and returns the violations in a readable form. */
export async function axeViolations(page: Page, context = 'html'): Promise<string[]> {
	// Evaluated through the driver, not as an inline <script>: the pages' CSP blocks inline scripts.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = (await page.evaluate(
		async ([ctx, tags]) => {
			// biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
			const axe = (window as any).axe;
			const result = await axe.run(ctx, { runOnly: { type: 'tag', values: tags } });
			return result.violations;
		},
		[context, axeTags] as const,
	)) as AxeViolation[];
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

/** Waits until every island on the page has hydrated (Astro removes the `ssr` attribute). */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/**
 * Everything on the page a person can read or hear: the text of every element
 * (hidden ones too: screen-reader text), form field values and the alt, title, aria-label and
 * placeholder attributes; scripts and styles left out. For "junk in the address is never shown".
 */
export async function pageText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const clone = document.body.cloneNode(true) as HTMLElement;
		for (const el of clone.querySelectorAll('script, style, template')) el.remove();
		const attributes = [...document.querySelectorAll('[alt], [title], [aria-label], [placeholder]')].flatMap((el) =>
			['alt', 'title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
		);
		const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(
			(el) => el.value,
		);
		return [document.title, clone.textContent ?? '', ...attributes, ...values].join('\n');
	});
}
