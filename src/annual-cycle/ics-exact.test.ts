/**
 * The iCalendar writer's output, byte for byte, for a small calendar: every line it writes and
 * the order of the lines. ./ics.test.ts reads the output back with ical.js; this file pins what a
 * reader that is less forgiving would get.
 */
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, type IcsCalendar } from './ics';

const calendar: IcsCalendar = {
	prodId: '-//example.org//annual-cycle//SV',
	lang: 'sv',
	name: 'Årshjul, test',
	description: 'Beskrivning; kort',
	url: 'https://example.org/sv/årshjul/',
	stamp: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
	events: [
		{
			uid: 'a.sv@example.org',
			summary: 'Ansökningstid',
			description: 'Rad ett\nRad två',
			url: 'https://example.org/sv/principer/#ö',
			start: '2026-12-01',
			end: '2027-01-01',
			yearly: true,
		},
		{ uid: 'b.sv@example.org', summary: 'En gång', start: '2025-06-01', end: '2025-06-02', yearly: false },
	],
};

describe('buildIcs: the exact file', () => {
	it('writes the calendar, then each event, each line ended by CRLF', () => {
		expect(buildIcs(calendar).split('\r\n')).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//example.org//annual-cycle//SV',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			'NAME;LANGUAGE=sv:Årshjul\\, test',
			'X-WR-CALNAME:Årshjul\\, test',
			'DESCRIPTION;LANGUAGE=sv:Beskrivning\\; kort',
			'X-WR-CALDESC:Beskrivning\\; kort',
			'URL;VALUE=URI:https://example.org/sv/%C3%A5rshjul/',
			'REFRESH-INTERVAL;VALUE=DURATION:P1W',
			'X-PUBLISHED-TTL:P1W',
			'BEGIN:VEVENT',
			'UID:a.sv@example.org',
			'DTSTAMP:20260102T030405Z',
			'DTSTART;VALUE=DATE:20261201',
			'DTEND;VALUE=DATE:20270101',
			'RRULE:FREQ=YEARLY',
			'SUMMARY;LANGUAGE=sv:Ansökningstid',
			'DESCRIPTION;LANGUAGE=sv:Rad ett\\nRad två',
			'URL;VALUE=URI:https://example.org/sv/principer/#%C3%B6',
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
			'BEGIN:VEVENT',
			'UID:b.sv@example.org',
			'DTSTAMP:20260102T030405Z',
			'DTSTART;VALUE=DATE:20250601',
			'DTEND;VALUE=DATE:20250602',
			'SUMMARY;LANGUAGE=sv:En gång',
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
			'END:VCALENDAR',
			'',
		]);
	});

	it('writes an empty calendar', () => {
		const text = buildIcs({ ...calendar, events: [] });
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(text.endsWith('X-PUBLISHED-TTL:P1W\r\nEND:VCALENDAR\r\n')).toBe(true);
	});

	it('refuses a date that is not YYYY-MM-DD, naming it', () => {
		const one = (start: string, end: string) => () =>
			buildIcs({ ...calendar, events: [{ uid: 'x', summary: 'x', start, end, yearly: false }] });
		expect(one('2026-1-02', '2026-12-02')).toThrow('Not an ISO date: "2026-1-02"');
		expect(one('2026-01-02', '2026-01-03x')).toThrow('Not an ISO date: "2026-01-03x"');
		expect(one('02026-01-02', '2026-01-03')).toThrow('Not an ISO date: "02026-01-02"');
		expect(one('2026-01-02', '2026-01-02')).toThrow('Event "x": end must be after start');
		expect(one('2026-01-02', '2026-01-01')).toThrow('Event "x": end must be after start');
	});
});

describe('escapeText and foldLine: edges', () => {
	it('turns a bare CR into \\n as well', () => {
		expect(escapeText('a\rb\r\nc\nd')).toBe('a\\nb\\nc\\nd');
	});

	it('folds an empty line to itself, a line of exactly 75 octets not at all, and 76 into two', () => {
		expect(foldLine('')).toBe('');
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
		expect(foldLine('abcdef', 4)).toBe('abcd\r\n ef');
		expect(foldLine('ab\\,cd', 3)).toBe('ab\r\n \\,\r\n cd');
		expect(foldLine('aäb', 2)).toBe('a\r\n ä\r\n b');
		expect(foldLine('aä b', 3)).toBe('aä\r\n  b');
	});
});
