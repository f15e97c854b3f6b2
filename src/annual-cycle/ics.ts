/**
 * A minimal iCalendar (RFC 5545) writer for all-day events: CRLF line endings, lines folded at
 * 75 octets (never inside a UTF-8 character), TEXT values escaped, UID and DTSTAMP on every
 * event, VALUE=DATE start and (exclusive) end, RRULE:FREQ=YEARLY for yearly events.
 * Calendar-level NAME/DESCRIPTION/URL/REFRESH-INTERVAL follow RFC 7986 (with the common X-WR-
 * equivalents) so that a calendar app can subscribe to the file. Pure: no I/O, no clock.
 */

export interface IcsEvent {
	/** Globally unique and stable across builds, e.g. "toiminta-avustus-haku.fi@example.org". */
	uid: string;
	summary: string;
	description?: string;
	/** Absolute URL (may contain non-ASCII; it is percent-encoded here). */
	url?: string;
	/** First day, YYYY-MM-DD. */
	start: string;
	/** Day after the last day (RFC 5545 DTEND is exclusive), YYYY-MM-DD. */
	end: string;
	/** Repeats every year (RRULE:FREQ=YEARLY). */
	yearly: boolean;
}

export interface IcsCalendar {
	/** PRODID, e.g. "-//jarjestot.example//vuosikello//FI". */
	prodId: string;
	/** Language of the texts (LANGUAGE parameter), e.g. "fi". */
	lang: string;
	name: string;
	description: string;
	/** The page the calendar belongs to (absolute). */
	url: string;
	/** When the file was made (DTSTAMP). */
	stamp: Date;
	events: readonly IcsEvent[];
}

/** RFC 5545 §3.3.11 TEXT escaping. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Fold one content line (RFC 5545 §3.1): no physical line longer than 75 octets; continuation
 * lines start with one space. Splits only between characters, never inside a UTF-8 sequence
 * or an escape sequence.
 */
export function foldLine(line: string, limit = 75): string {
	const out: string[] = [];
	let current = '';
	let size = 0;
	// An escape sequence ("\\,", "\\n", …) stays on one line: some readers unescape before unfolding.
	for (const ch of line.match(/\\.|[\s\S]/gu) ?? []) {
		const n = octets(ch);
		if (size + n > limit) {
			out.push(current);
			current = ` ${ch}`;
			size = 1 + n;
		} else {
			current += ch;
			size += n;
		}
	}
	out.push(current);
	return out.join('\r\n');
}

/** YYYY-MM-DD → YYYYMMDD */
function icsDate(iso: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Not an ISO date: "${iso}"`);
	return iso.replace(/-/g, '');
}

/** A Date → 20261122T101500Z */
export function icsTimestamp(d: Date): string {
	return `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function buildIcs(cal: IcsCalendar): string {
	const lang = `LANGUAGE=${cal.lang}`;
	const stamp = icsTimestamp(cal.stamp);
	const lines: string[] = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${cal.prodId}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`NAME;${lang}:${escapeText(cal.name)}`,
		`X-WR-CALNAME:${escapeText(cal.name)}`,
		`DESCRIPTION;${lang}:${escapeText(cal.description)}`,
		`X-WR-CALDESC:${escapeText(cal.description)}`,
		`URL;VALUE=URI:${encodeURI(cal.url)}`,
		'REFRESH-INTERVAL;VALUE=DURATION:P1W',
		'X-PUBLISHED-TTL:P1W',
	];
	for (const e of cal.events) {
		if (e.end <= e.start) throw new Error(`Event "${e.uid}": end must be after start`);
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${icsDate(e.start)}`,
			`DTEND;VALUE=DATE:${icsDate(e.end)}`,
		);
		if (e.yearly) lines.push('RRULE:FREQ=YEARLY');
		lines.push(`SUMMARY;${lang}:${escapeText(e.summary)}`);
		if (e.description) lines.push(`DESCRIPTION;${lang}:${escapeText(e.description)}`);
		if (e.url) lines.push(`URL;VALUE=URI:${encodeURI(e.url)}`);
		lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return `${lines.map((l) => foldLine(l)).join('\r\n')}\r\n`;
}
