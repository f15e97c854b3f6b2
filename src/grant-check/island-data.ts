/**
 * How the self-check's data reaches the island without being an island prop. Astro serialises an
 * island's props into an attribute that the browser must decode and Astro must revive, value by
 * value, before hydration can start; for the self-check that was over 40 KB of escaped JSON on the
 * main thread at start. Instead the wrapper writes the data once as a JSON data block
 * (`<script type="application/json">`, parsed by the HTML parser as raw text and read with one
 * `JSON.parse`), and passes the island only that element's id.
 *
 * On the server (build) the island is rendered at its first step from the same object, handed
 * over here by the wrapper, so the server HTML and the first client render are the same (CLS 0).
 */
import type { LocalGrantCheck } from './localize';

const onServer = new Map<string, LocalGrantCheck>();

/** The wrapper (build time): the data the island with this id renders on the server. */
export function provideIslandData(id: string, data: LocalGrantCheck): void {
	onServer.set(id, data);
}

/** The JSON of the data block; "<" is escaped so the text can never close the script element. */
export function islandDataJson(data: LocalGrantCheck): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The island: its data, from the data block in the page (browser) or from the wrapper (server). */
export function readIslandData(id: string): LocalGrantCheck | null {
	if (typeof document === 'undefined') return onServer.get(id) ?? null;
	const text = document.getElementById(id)?.textContent;
	if (!text) return null;
	try {
		return JSON.parse(text) as LocalGrantCheck;
	} catch {
		return null;
	}
}
