import type { Lang } from '~/i18n/lang';

const locales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI' };

/**
 * A metadata date (YYYY-MM-DD or YYYY-MM) as people write it: "10.10.2022", or
 * "maaliskuu 2023" / "mars 2023" when the source gives only the month.
 */
export function formatDate(iso: string, lang: Lang): string {
	const [y, m, d] = iso.split('-').map(Number);
	if (!y || !m) return iso;
	if (!d) {
		return new Intl.DateTimeFormat(locales[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
			new Date(Date.UTC(y, m - 1, 1)),
		);
	}
	return `${d}.${m}.${y}`;
}

/**
 * A moment's calendar date where the code runs, as YYYY-MM-DD (for formatDate). Arithmetic, not
 * Intl: the first Intl date format in a page costs a long task on a phone (docs/adr/0411).
 */
export function isoDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
