/**
 * A strict little iCalendar reader for the tests: it checks the line format (CRLF only, no
 * physical line over 75 octets, continuation lines start with a space) and returns the
 * components with their properties, TEXT values unescaped. Not used by the site itself.
 */

export interface IcsProperty {
	name: string;
	params: Record<string, string>;
	/** Raw value (still escaped). */
	raw: string;
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

export function unescapeText(raw: string): string {
	return raw.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const encoder = new TextEncoder();

function parseLine(line: string): IcsProperty {
	// Name and parameters end at the first ':' outside double quotes.
	let inQuotes = false;
	let colon = -1;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === '"') inQuotes = !inQuotes;
		else if (c === ':' && !inQuotes) {
			colon = i;
			break;
		}
	}
	if (colon < 0) throw new Error(`Content line without ":": ${line}`);
	const [name = '', ...paramParts] = line.slice(0, colon).split(';');
	const params: Record<string, string> = {};
	for (const p of paramParts) {
		const eq = p.indexOf('=');
		if (eq < 0) throw new Error(`Parameter without "=": ${line}`);
		params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"(.*)"$/, '$1');
	}
	if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`Bad property name "${name}"`);
	return { name: name.toUpperCase(), params, raw: line.slice(colon + 1) };
}

export function parseIcs(text: string): ParsedIcs {
	const formatErrors: string[] = [];
	if (!text.endsWith('\r\n')) formatErrors.push('the file does not end with CRLF');
	const physical = text.split('\r\n');
	if (physical.at(-1) === '') physical.pop();
	physical.forEach((l, i) => {
		if (/[\r\n]/.test(l)) formatErrors.push(`line ${i + 1}: a bare CR or LF (lines must end with CRLF)`);
		const size = encoder.encode(l).length;
		if (size > 75) formatErrors.push(`line ${i + 1}: ${size} octets (more than 75)`);
	});
	// Unfold: a line starting with a space or tab continues the previous one. (Bare CR/LF,
	// reported above, are read as line ends so that the rest can still be checked.)
	const logical: string[] = [];
	for (const l of physical.flatMap((p) => p.split(/\r|\n/))) {
		if ((l.startsWith(' ') || l.startsWith('\t')) && logical.length > 0) {
			logical[logical.length - 1] += l.slice(1);
		} else logical.push(l);
	}
	const stack: IcsComponent[] = [];
	let root: IcsComponent | undefined;
	for (const line of logical) {
		const prop = parseLine(line);
		if (prop.name === 'BEGIN') {
			const c: IcsComponent = { name: prop.raw.toUpperCase(), properties: [], components: [] };
			stack.at(-1)?.components.push(c);
			stack.push(c);
		} else if (prop.name === 'END') {
			const c = stack.pop();
			if (!c || c.name !== prop.raw.toUpperCase()) throw new Error(`END:${prop.raw} does not close ${c?.name}`);
			if (stack.length === 0) root = c;
		} else {
			const current = stack.at(-1);
			if (!current) throw new Error(`Property outside a component: ${line}`);
			current.properties.push(prop);
		}
	}
	if (stack.length > 0) throw new Error(`Unclosed component ${stack.at(-1)?.name}`);
	if (root?.name !== 'VCALENDAR') throw new Error('No VCALENDAR');
	return { calendar: root, formatErrors };
}

/** The first property of that name, or undefined. */
export function prop(c: IcsComponent, name: string): IcsProperty | undefined {
	return c.properties.find((p) => p.name === name);
}

/** The (unescaped) text value of the first property of that name. */
export function textOf(c: IcsComponent, name: string): string | undefined {
	const p = prop(c, name);
	return p ? unescapeText(p.raw) : undefined;
}
