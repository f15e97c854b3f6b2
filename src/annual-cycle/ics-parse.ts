/**
 * The tests' iCalendar reader: ical.js (the parser behind Thunderbird's calendar) reads the file,
 * so the site's writer (ics.ts) is checked by an independent implementation. On top of it, one
 * strict check ical.js does not make: the physical line format (CRLF only, no line over 75 octets).
 * Not used by the site itself.
 */
import ICAL from 'ical.js';

// The X-WR- names are TEXT by usage (Apple, Google): read them unescaped like NAME and DESCRIPTION.
for (const name of ['x-wr-calname', 'x-wr-caldesc']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };

export interface IcsProperty {
	name: string;
	/** Parameters as written, including VALUE when the file states it. */
	params: Record<string, string>;
	/** The value as written in the file (after unfolding; still escaped). */
	raw: string;
	/** The value as read: TEXT unescaped, other types as written. */
	value: string;
}

export interface IcsComponent {
	name: string;
	properties: IcsProperty[];
	components: IcsComponent[];
}

export interface ParsedIcs {
	calendar: IcsComponent;
	/** Problems with the physical format (empty when the file is well formed). */
	formatErrors: string[];
}

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

const encoder = new TextEncoder();

/** CRLF only, a CRLF at the end, no physical line over 75 octets (RFC 5545 §3.1). */
export function formatErrors(text: string): string[] {
	const errors: string[] = [];
	if (!text.endsWith('\r\n')) errors.push('the file does not end with CRLF');
	const physical = text.split('\r\n');
	if (physical.at(-1) === '') physical.pop();
	physical.forEach((l, i) => {
		if (/[\r\n]/.test(l)) errors.push(`line ${i + 1}: a bare CR or LF (lines must end with CRLF)`);
		const size = encoder.encode(l).length;
		if (size > 75) errors.push(`line ${i + 1}: ${size} octets (more than 75)`);
	});
	return errors;
}

function property(p: JCalProperty): IcsProperty {
	// ical.js writes the property back as one content line: NAME;PARAM=…:value.
	const line = ICAL.stringify.property(p, ICAL.design.icalendar, true);
	const head = line.match(/^[^:"]*(?:"[^"]*"[^:"]*)*/)?.[0] ?? '';
	const [name = '', ...paramParts] = head.split(';');
	const params: Record<string, string> = {};
	for (const part of paramParts) {
		const eq = part.indexOf('=');
		params[part.slice(0, eq).toUpperCase()] = part.slice(eq + 1).replace(/^"(.*)"$/, '$1');
	}
	const raw = line.slice(head.length + 1);
	const value = p[2] === 'text' && typeof p[3] === 'string' ? p[3] : raw;
	return { name: name.toUpperCase(), params, raw, value };
}

function component([name, props, children]: JCalComponent): IcsComponent {
	return { name: name.toUpperCase(), properties: props.map(property), components: children.map(component) };
}

/** Reads an iCalendar file; throws (from ical.js) when its structure is broken. */
export function parseIcs(text: string): ParsedIcs {
	const errors = formatErrors(text);
	// ical.js reads bare line ends too, so the rest can still be checked after a format error.
	const calendar = component(ICAL.parse(text) as JCalComponent);
	if (calendar.name !== 'VCALENDAR') throw new Error('No VCALENDAR');
	return { calendar, formatErrors: errors };
}

/** The first property of that name, or undefined. */
export function prop(c: IcsComponent, name: string): IcsProperty | undefined {
	return c.properties.find((p) => p.name === name);
}

/** The value (TEXT unescaped) of the first property of that name. */
export function textOf(c: IcsComponent, name: string): string | undefined {
	return prop(c, name)?.value;
}
