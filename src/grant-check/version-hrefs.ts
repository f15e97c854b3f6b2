/**
 * Links of an older rule set lead to the text they were written for: a link to the document's
 * stable address (the current text) becomes a link to the permanent address of the rule set's own
 * version, anchor kept. Pure; build time only (the self-check's wrapper). The published open data
 * keeps the links as written.
 */
import type { BilingualHref, GrantCheckData } from './schema';

type Addresses = Readonly<Record<'fi' | 'sv', string>>;

export function hrefsToVersion(data: GrantCheckData, stable: Addresses, permalink: Addresses): GrantCheckData {
	const move = (href: BilingualHref): BilingualHref => ({
		fi: href.fi.startsWith(stable.fi) ? permalink.fi + href.fi.slice(stable.fi.length) : href.fi,
		sv: href.sv.startsWith(stable.sv) ? permalink.sv + href.sv.slice(stable.sv.length) : href.sv,
	});
	return {
		...data,
		rules: {
			...data.rules,
			rules: data.rules.rules.map((r) => ({
				...r,
				cite: move(r.cite),
				...(r.more && { more: { ...r.more, href: move(r.more.href) } }),
			})),
		},
		forms: {
			...data.forms,
			forms: data.forms.forms.map((f) => ({
				...f,
				cite: move(f.cite),
				...(f.round && { round: { ...f.round, links: f.round.links.map((l) => ({ ...l, href: move(l.href) })) } }),
			})),
		},
	};
}
