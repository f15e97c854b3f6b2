import { describe, expect, it } from 'vitest';
import { localizeMarkdownChrome } from './localize-markdown';

const aside = (title: string) =>
	`<aside><p class="starlight-aside__title" aria-hidden="true"><svg viewBox="0 0 24 24"><path d="M1"/></svg>${title}</p></aside>`;
const anchor = '<a class="sl-anchor-link" href="#x"><span class="sr-only">Osio nimeltä “Uppgifter”</span></a>';

describe('localizeMarkdownChrome', () => {
	it('puts Swedish aside titles and anchor labels on Swedish pages', () => {
		const out = localizeMarkdownChrome(`<html lang="sv"><body>${aside('Huomio')}${anchor}</body></html>`);
		expect(out).toContain('</svg>Obs</p>');
		expect(out).toContain('Avsnittet ”Uppgifter”');
		expect(out).not.toContain('Huomio');
		expect(out).not.toContain('Osio nimeltä');
	});

	it('keeps a custom aside title', () => {
		const out = localizeMarkdownChrome(`<html lang="sv"><body>${aside('Att observera')}</body></html>`);
		expect(out).toContain('</svg>Att observera</p>');
	});

	it('leaves Finnish pages alone', () => {
		const page = `<html lang="fi"><body>${aside('Huomio')}${anchor}</body></html>`;
		expect(localizeMarkdownChrome(page)).toBe(page);
	});
});
