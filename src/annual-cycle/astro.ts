/**
 * Build-time loading of the annual cycle for Astro components and endpoints: the dates kept in
 * documents' front matter are read from the content collection (the one place they live).
 */
import { getEntry } from 'astro:content';
import { annualCycleEvents, documentEntries } from './data';
import type { CycleEvent, DocumentDateField } from './resolve';

export async function loadAnnualCycle(): Promise<CycleEvent[]> {
	const meta = new Map<string, Partial<Record<DocumentDateField, string | undefined>>>();
	for (const id of documentEntries) {
		const entry = await getEntry('docs', id);
		if (!entry) throw new Error(`Annual cycle: content/docs/${id}.mdx does not exist`);
		meta.set(id, entry.data.document ?? {});
	}
	return annualCycleEvents((entry, field) => meta.get(entry)?.[field]);
}
