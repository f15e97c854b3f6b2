/**
 * Starlight decides the language of Markdown "chrome" (aside titles, heading-anchor labels) from
 * the file path under src/content/docs. Our documents live in content/docs, so Swedish pages get
 * the default (Finnish) strings. This puts the Swedish strings of content/i18n/sv.json in their
 * place on Swedish pages. Pure string work on the rendered HTML; used by src/middleware.ts.
 */
import fi from '../../content/i18n/fi.json';
import sv from '../../content/i18n/sv.json';

const asideKeys = ['aside.note', 'aside.tip', 'aside.caution', 'aside.danger'] as const;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Osio nimeltä “{{title}}”" → a regex capturing the title. */
function templateRe(template: string): RegExp {
	const [before = '', after = ''] = template.split('{{title}}');
	return new RegExp(`${escapeRe(before)}(.*?)${escapeRe(after)}`, 'g');
}

const anchorFrom = templateRe(fi['heading.anchorLabel']);

export function localizeMarkdownChrome(html: string): string {
	if (!/<html[^>]*\slang="sv/i.test(html)) return html;
	let out = html.replace(anchorFrom, (_m, title: string) => sv['heading.anchorLabel'].replace('{{title}}', title));
	out = out.replace(/(class="starlight-aside__title"[^>]*>[\s\S]*?<\/svg>)([^<]*)(<\/p>)/g, (m, start, title, end) => {
		const key = asideKeys.find((k) => fi[k] === title.trim());
		return key ? `${start}${sv[key]}${end}` : m;
	});
	return out;
}
