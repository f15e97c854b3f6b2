/** The part of Pagefind's default UI (a dependency of Starlight, untyped) that the site search uses. */
declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown> & { element: string });
	}
}
