import { defineCollection } from 'astro:content';
import { readdir, readFile } from 'node:fs/promises';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob, type Loader } from 'astro/loaders';
import { pageExtension } from './schema/document';
import { uiStringsExtension } from './schema/ui-strings';

/**
 * UI strings from content/i18n/<lang>.json. Entries are stored without a file path, because
 * Starlight derives the language from a path under src/content/i18n, and ours live in content/.
 */
function i18nJsonLoader(dir: string): Loader {
	return {
		name: 'i18n-json',
		load: async ({ store, parseData, watcher }) => {
			watcher?.add(dir);
			store.clear();
			for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json'))) {
				const id = name.slice(0, -'.json'.length);
				const raw = JSON.parse(await readFile(`${dir}/${name}`, 'utf8')) as Record<string, unknown>;
				store.set({ id, data: await parseData({ id, data: raw }) });
			}
		},
	};
}

export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: pageExtension }),
	}),
	i18n: defineCollection({
		loader: i18nJsonLoader('./content/i18n'),
		schema: i18nSchema({ extend: uiStringsExtension }),
	}),
};
