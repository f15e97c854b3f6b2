/**
 * The working tools of issue 7 on the built site: the annual cycle's calendar files (parsed back
 * and their events checked), the pages link to them, each visual (the annual wheel, the roadmap
 * timeline) has a text equivalent with the same facts, and the ground-rules tool has its
 * no-JavaScript fallback (the whole checklist) in the HTML.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { type IcsComponent, parseIcs, prop, textOf } from '~/annual-cycle/ics-parse';
import { checklist } from '~/data/checklist';
import { plan } from '~/data/implementation-plan';
import { roadmap } from '~/data/roadmap';
import { builtPages, distDir } from './dist';

const pages = new Map(builtPages().map((p) => [p.url, p]));
function page(url: string) {
	const p = pages.get(url);
	if (!p) throw new Error(`${url} was not built`);
	return p;
}
type TimelineTexts = { noStatus: { fi: string; sv: string } };
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const calendars = [
	{ lang: 'fi', file: '/vuosikello.ics', page: '/vuosikello/', haku: 'Toiminta-avustusten hakuaika' },
	{ lang: 'sv', file: '/sv/arshjul.ics', page: '/sv/vuosikello/', haku: 'Ansökningstid för verksamhetsunderstöd' },
] as const;

describe.each(calendars)('annual cycle calendar $file', (c) => {
	const path = join(distDir, c.file);
	const raw = existsSync(path) ? readFileSync(path, 'utf8') : '';
	const { calendar, formatErrors } = parseIcs(raw || 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
	const events = calendar.components.filter((x) => x.name === 'VEVENT');
	const byId = (id: string): IcsComponent => {
		const e = events.find((x) => textOf(x, 'UID')?.startsWith(`${id}.${c.lang}@`));
		if (!e) throw new Error(`no event ${id}`);
		return e;
	};

	it('exists and is well formed (CRLF, lines of at most 75 octets)', () => {
		expect(raw.length).toBeGreaterThan(0);
		expect(formatErrors).toEqual([]);
		expect(textOf(calendar, 'VERSION')).toBe('2.0');
		expect(textOf(calendar, 'PRODID')).toMatch(/^-\/\//);
	});

	it('has the dated events, each with UID, DTSTAMP and all-day dates', () => {
		expect(events).toHaveLength(5);
		const uids = events.map((e) => textOf(e, 'UID'));
		expect(new Set(uids).size).toBe(5);
		for (const e of events) {
			expect(textOf(e, 'DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
			expect(prop(e, 'DTSTART')?.params['VALUE']).toBe('DATE');
			expect(prop(e, 'DTSTART')?.raw).toMatch(/^\d{8}$/);
			expect(prop(e, 'DTEND')?.raw).toMatch(/^\d{8}$/);
			expect(Number(prop(e, 'DTEND')?.raw)).toBeGreaterThan(Number(prop(e, 'DTSTART')?.raw));
		}
	});

	it('repeats the application period 1.–31.12. every year, in the page language', () => {
		const e = byId('toiminta-avustus-haku');
		expect(prop(e, 'DTSTART')?.raw).toMatch(/^\d{4}1201$/);
		expect(prop(e, 'DTEND')?.raw).toMatch(/^\d{4}0101$/);
		expect(textOf(e, 'RRULE')).toBe('FREQ=YEARLY');
		expect(textOf(e, 'SUMMARY')).toBe(c.haku);
		expect(textOf(byId('toiminta-avustus-raportointi'), 'RRULE')).toBe('FREQ=YEARLY');
		expect(prop(byId('toiminta-avustus-raportointi'), 'DTSTART')?.raw).toMatch(/^\d{4}0630$/);
	});

	it("has the council's term as one-off days", () => {
		expect(prop(byId('neuvottelukunta-toimikausi-alkaa'), 'DTSTART')?.raw).toBe('20250601');
		expect(prop(byId('neuvottelukunta-toimikausi-paattyy'), 'DTSTART')?.raw).toBe('20270731');
		expect(prop(byId('neuvottelukunta-toimikausi-paattyy'), 'RRULE')).toBeUndefined();
	});

	it('is linked from the annual cycle page of its language', () => {
		const links = page(c.page).root.querySelectorAll('a.calendar-download');
		expect(links.map((a) => a.getAttribute('href'))).toEqual([c.file]);
		expect(text(page(c.page).root.querySelector('.calendar-url'))).toMatch(new RegExp(`^https://.+${c.file}$`));
	});
});

describe.each(['/vuosikello/', '/sv/vuosikello/'])('annual wheel on %s', (url) => {
	const root = page(url).root;
	const svg = root.querySelector('.annual-wheel svg');
	const rows = root.querySelectorAll('.annual-cycle-table tbody tr');

	it('is an image with a name and a description', () => {
		expect(svg?.getAttribute('role')).toBe('img');
		const ids = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
		expect(ids).toHaveLength(2);
		for (const id of ids) expect(text(root.getElementById(id))).not.toBe('');
	});

	it('has the table as its text equivalent: the same events, numbers and timing', () => {
		expect(rows).toHaveLength(7);
		const desc = text(svg?.querySelector('desc'));
		for (const row of rows) {
			const number = text(row.querySelector('td.number'));
			const title = text(row.querySelector('th'));
			const when = text(row.querySelector('td.when'));
			expect(desc).toContain(`${number}. ${title}: ${when}`);
		}
		const numbersInWheel = svg?.querySelectorAll('.badge-number').map((t) => text(t)) ?? [];
		expect(numbersInWheel.sort()).toEqual(rows.map((r) => text(r.querySelector('td.number'))).sort());
	});

	it('states the timing of each event as the sources give it', () => {
		const when = (id: string) => text(root.querySelector(`tr[data-event="${id}"] td.when`));
		if (url.startsWith('/sv/')) {
			expect(when('toiminta-avustus-haku')).toBe('Varje år 1–31 december');
			expect(when('jarjestofoorumi')).toBe('Två gånger om året. Källorna anger inte tidpunkten.');
		} else {
			expect(when('toiminta-avustus-haku')).toBe('Joka vuosi 1.–31.12.');
			expect(when('toiminta-avustus-paatokset')).toBe('Joka vuosi tammikuun aikana');
			expect(when('toiminta-avustus-raportointi')).toBe(
				'Joka vuosi viimeistään 30.6. (6 kuukautta vuoden päättymisen jälkeen)',
			);
			expect(when('neuvottelukunta-toimikausi-alkaa')).toBe('1.6.2025');
			expect(when('neuvottelukunta-toimikausi-paattyy')).toBe('31.7.2027');
			expect(when('jarjestofoorumi')).toBe('Kahdesti vuodessa. Lähteet eivät kerro ajankohtaa.');
			expect(when('hyte-neuvottelut')).toBe('Vähintään kerran vuodessa. Lähteet eivät kerro ajankohtaa.');
		}
	});
});

describe.each(['/aikajana/', '/sv/aikajana/'])('roadmap timeline on %s', (url) => {
	const root = page(url).root;
	const svg = root.querySelector('.roadmap-timeline svg');
	const table = root.querySelector('.timeline-table table');

	it('is an image with a name and a description', () => {
		expect(svg?.getAttribute('role')).toBe('img');
		for (const id of (svg?.getAttribute('aria-labelledby') ?? '').split(' ')) {
			expect(text(root.getElementById(id))).not.toBe('');
		}
	});

	it('has a table with every goal, measure group and year of the roadmap', () => {
		const goals = table?.querySelectorAll('tr.goal th') ?? [];
		expect(goals).toHaveLength(roadmap.goals.length);
		const rows = table?.querySelectorAll('tr[data-group]') ?? [];
		expect(rows.map((r) => r.getAttribute('data-group'))).toEqual(roadmap.groups.map((g) => g.id));
		expect(
			table
				?.querySelectorAll('thead th')
				.map((th) => text(th))
				.slice(1),
		).toEqual(roadmap.years.map(String));
	});

	it('shows in the image what the table says: the number of items per group and year', () => {
		const tableCounts = (table?.querySelectorAll('td[data-count]') ?? [])
			.map((td) => Number(td.getAttribute('data-count')))
			.filter((n) => n > 0);
		const svgCounts = (svg?.querySelectorAll('text.count') ?? []).map((t) => Number(text(t)));
		expect(svgCounts).toEqual(tableCounts);
	});

	it('gives the implementation plan status only where the sources give it', () => {
		const statuses = (table?.querySelectorAll('li[data-status]') ?? []).map((li) => li.getAttribute('data-status'));
		expect(statuses).toEqual(plan.actions2023.map((a) => a.status ?? 'none'));
		const desc = text(svg?.querySelector('desc'));
		const done = statuses.filter((s) => s === 'done').length;
		const moved = statuses.filter((s) => s === 'moved-to-next-year').length;
		expect(desc).toMatch(new RegExp(`: ${done}\\b`));
		expect(desc).toMatch(new RegExp(`: ${moved}\\b`));
		const carried = table?.querySelectorAll('[data-carried-over]') ?? [];
		expect(carried).toHaveLength(7);
	});

	it("shows the source's own status text (Tilannekuva 2023) where the plan gives no status", () => {
		const lang = url.startsWith('/sv/') ? 'sv' : 'fi';
		const heading = lang === 'sv' ? 'Lägesbild 2023' : 'Tilannekuva 2023';
		const noStatus = (JSON.parse(readFileSync('content/data/roadmap-timeline/texts.json', 'utf8')) as TimelineTexts)
			.noStatus[lang];
		const without = plan.actions2023.filter((a) => !a.status);
		expect(without.length).toBeGreaterThan(0);
		const items = table?.querySelectorAll('li[data-status="none"]') ?? [];
		expect(items).toHaveLength(without.length);
		without.forEach((action, i) => {
			expect(text(items[i])).toContain(`${heading}: ${action.situation.map((x) => x[lang]).join('; ')}`);
			expect(text(items[i])).not.toContain(noStatus);
		});
	});
});

describe.each(['/pelisaannot/', '/sv/pelisaannot/'])('ground-rules tool on %s', (url) => {
	const root = page(url).root;
	const lang = url.startsWith('/sv/') ? 'sv' : 'fi';

	it('has the island and, for reading without JavaScript, the whole checklist', () => {
		expect(root.querySelector('.gr-root astro-island')).not.toBeNull();
		expect(root.querySelector('.gr-root noscript')).not.toBeNull();
		const fallback = root.querySelector('.gr-root .gr-fallback');
		for (const theme of checklist.themes) {
			expect(text(fallback?.querySelector(`h2#${theme.id}`))).toBe(theme.title[lang]);
			for (const item of [...theme.unit, ...theme.association]) {
				expect(text(fallback?.getElementById(item.id))).toBe(item.text[lang]);
			}
		}
	});

	it('is in the Tools group of the sidebar, with the other new pages', () => {
		const sidebarLinks = root.querySelectorAll('nav.sidebar a').map((a) => a.getAttribute('href'));
		const prefix = lang === 'sv' ? '/sv' : '';
		for (const p of ['/pelisaannot/', '/vuosikello/', '/aikajana/']) expect(sidebarLinks).toContain(`${prefix}${p}`);
	});
});
