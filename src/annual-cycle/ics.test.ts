import { beforeEach, describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, icsTimestamp } from './ics';
import { parseIcs, prop, textOf } from './ics-parse';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('escapeText', () => {
	it('escapes backslash, semicolon, comma and newlines, and a reader (ical.js) undoes it', () => {
		const raw = 'a\\b; c, d\ne\r\nf';
		expect(escapeText(raw)).toBe('a\\\\b\\; c\\, d\\ne\\nf');
		const ics = `BEGIN:VCALENDAR\r\nSUMMARY:${escapeText(raw)}\r\nEND:VCALENDAR\r\n`;
		expect(textOf(parseIcs(ics).calendar, 'SUMMARY')).toBe('a\\b; c, d\ne\nf');
	});
});

describe('foldLine', () => {
	it('leaves a short line alone', () => {
		expect(foldLine('SUMMARY:Hei')).toBe('SUMMARY:Hei');
	});

	it('folds at 75 octets with a leading space on continuation lines', () => {
		const line = `DESCRIPTION:${'x'.repeat(200)}`;
		const folded = foldLine(line);
		const lines = folded.split('\r\n');
		expect(lines.length).toBe(3);
		expect(lines.map(octets)).toEqual([75, 75, 212 - 150 + 2]);
		expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
		expect(unfold(folded)).toBe(line);
	});

	it('never splits an escape sequence', () => {
		for (let pad = 0; pad < 4; pad++) {
			const folded = foldLine(`DESCRIPTION:${'x'.repeat(60 + pad)}${'\\,\\n\\;'.repeat(10)}`);
			for (const l of folded.split('\r\n')) expect(l, l).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
		}
	});

	it('never splits a multi-byte character', () => {
		const line = `SUMMARY:${'ä'.repeat(60)}${'€'.repeat(30)}${'😀'.repeat(20)}`;
		const folded = foldLine(line);
		for (const l of folded.split('\r\n')) {
			expect(octets(l)).toBeLessThanOrEqual(75);
			// Each physical line is valid UTF-8 on its own (decoding and encoding again gives the same bytes).
			const bytes = new TextEncoder().encode(l);
			expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(l);
		}
		expect(unfold(folded)).toBe(line);
	});
});

describe('buildIcs', () => {
	const stamp = new Date(Date.UTC(2026, 10, 22, 10, 15, 30));
	// Built in each test, not while the file is collected (Stryker counts that as "static": docs/mutation-testing.md).
	let ics: string;
	beforeEach(() => {
		ics = buildIcs({
			prodId: '-//example.org//annual-cycle//FI',
			lang: 'fi',
			name: 'Vuosikello, testi; kalenteri',
			description: 'Kuvaus',
			url: 'https://example.org/vuosikello/',
			stamp,
			events: [
				{
					uid: 'a.fi@example.org',
					summary: 'Hakuaika, toiminta-avustus',
					description: `Pitkä kuvaus; ${'äöå '.repeat(40)}\nToinen rivi`,
					url: 'https://example.org/sv/periaatteet/#verksamhetsunderstöd',
					start: '2026-12-01',
					end: '2027-01-01',
					yearly: true,
				},
				{ uid: 'b.fi@example.org', summary: 'Kerran', start: '2025-06-01', end: '2025-06-02', yearly: false },
			],
		});
	});

	it('uses CRLF line endings only, ends with CRLF and keeps lines within 75 octets', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const { formatErrors } = parseIcs(ics);
		expect(formatErrors).toEqual([]);
	});

	it('writes a calendar that reads back with its events', () => {
		const { calendar } = parseIcs(ics);
		expect(textOf(calendar, 'VERSION')).toBe('2.0');
		expect(textOf(calendar, 'PRODID')).toBe('-//example.org//annual-cycle//FI');
		expect(textOf(calendar, 'X-WR-CALNAME')).toBe('Vuosikello, testi; kalenteri');
		const events = calendar.components.filter((c) => c.name === 'VEVENT');
		expect(events).toHaveLength(2);
		const [a, b] = events;
		if (!a || !b) throw new Error('missing events');
		expect(textOf(a, 'UID')).toBe('a.fi@example.org');
		expect(textOf(a, 'DTSTAMP')).toBe('20261122T101530Z');
		expect(prop(a, 'DTSTART')).toEqual({
			name: 'DTSTART',
			params: { VALUE: 'DATE' },
			raw: '20261201',
			value: '20261201',
		});
		expect(prop(a, 'DTEND')?.raw).toBe('20270101');
		expect(textOf(a, 'RRULE')).toBe('FREQ=YEARLY');
		expect(prop(a, 'SUMMARY')?.params).toEqual({ LANGUAGE: 'fi' });
		expect(textOf(a, 'SUMMARY')).toBe('Hakuaika, toiminta-avustus');
		expect(textOf(a, 'DESCRIPTION')).toBe(`Pitkä kuvaus; ${'äöå '.repeat(40)}\nToinen rivi`);
		expect(textOf(a, 'URL')).toBe('https://example.org/sv/periaatteet/#verksamhetsunderst%C3%B6d');
		expect(prop(b, 'RRULE')).toBeUndefined();
		expect(prop(b, 'DESCRIPTION')).toBeUndefined();
	});

	it('refuses an event that ends before it starts', () => {
		expect(() =>
			buildIcs({
				prodId: 'x',
				lang: 'fi',
				name: 'x',
				description: 'x',
				url: 'https://example.org/',
				stamp,
				events: [{ uid: 'x', summary: 'x', start: '2026-01-02', end: '2026-01-02', yearly: false }],
			}),
		).toThrow(/end must be after start/);
	});

	it('formats timestamps in UTC', () => {
		expect(icsTimestamp(new Date('2026-01-05T23:59:59.900Z'))).toBe('20260105T235959Z');
	});
});

describe('parseIcs', () => {
	it('reports lines that are too long or end with a bare LF', () => {
		const bad = `BEGIN:VCALENDAR\nVERSION:2.0\r\nX-LONG:${'y'.repeat(80)}\r\nEND:VCALENDAR\r\n`;
		const { formatErrors } = parseIcs(bad);
		expect(formatErrors.join('\n')).toMatch(/bare CR or LF/);
		expect(formatErrors.join('\n')).toMatch(/more than 75/);
	});

	it('rejects unbalanced components', () => {
		expect(() => parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).toThrow(/did not end/);
	});
});
