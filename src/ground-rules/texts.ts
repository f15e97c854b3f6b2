/**
 * The ground-rules tool's wording (content/data/ground-rules/texts.json), validated at build time, and
 * the island's props for one language. Imported by the Astro wrapper only (zod stays out of the
 * browser bundle: the island imports types from here, nothing else).
 */
import type { z } from 'astro/zod';
import type { Checklist } from '~/data/checklist';
import { loadData } from '~/data/load';
import { wordingSchema } from '~/i18n/bilingual';
import { fill } from '~/i18n/fill';
import type { Lang } from '~/i18n/lang';
import raw from '../../content/data/ground-rules/texts.json';
import { LISTS_STORAGE_KEY } from './lists';
import type { ExportTexts, ToolTheme } from './markdown';

export const uiKeys = [
	'privacy',
	'restored',
	'corrupt',
	'skipped',
	'storageUnavailable',
	'listsHeading',
	'listsIntro',
	'listLabel',
	'listNameLabel',
	'defaultListName',
	'newList',
	'created',
	'switched',
	'deleteList',
	'deleteConfirm',
	'deleted',
	'fileHeading',
	'fileIntro',
	'exportFile',
	'importLabel',
	'imported',
	'importSkipped',
	'importJson',
	'importFormat',
	'importVersion',
	'importShape',
	'importSize',
	'importRead',
	'importFull',
	'reviewLabel',
	'reviewHint',
	'dated',
	'signaturesHeading',
	'signUnit',
	'signAssociations',
	'signLine',
	'namesHeading',
	'unitLabel',
	'unitHint',
	'associationsLabel',
	'associationsHint',
	'progress',
	'themeProgress',
	'doneLabel',
	'whoLabel',
	'whenLabel',
	'whenHint',
	'notesLabel',
	'clear',
	'cleared',
	'undo',
	'undone',
	'summaryHeading',
	'summaryIntro',
	'inPlace',
	'toDo',
	'none',
	'print',
	'exportHeading',
	'exportIntro',
	'copy',
	'copied',
	'copyFailed',
	'textareaLabel',
] as const;
export type UiKey = (typeof uiKeys)[number];

/** Texts used by the wrapper (noscript) and the text copy, besides the island's own. */
const otherKeys = ['noscript', 'mdKey', 'mdNotes', 'mdBasedOn'] as const;

export const toolTextsSchema = wordingSchema([...uiKeys, ...otherKeys]);
export type ToolTexts = z.infer<typeof toolTextsSchema>;

export const toolTexts: ToolTexts = loadData('ground-rules/texts.json', toolTextsSchema, raw);

export interface GroundRulesToolProps {
	lang: Lang;
	storageKey: string;
	/** Start of a saved list file's name ("pelisaannot-<list>.json"). */
	filePrefix: string;
	themes: ToolTheme[];
	ui: Record<UiKey, string>;
	exportTexts: ExportTexts;
}

/** The island's props in one language. `source` names the checklist page for the text copy. */
export function toolProps(
	checklist: Checklist,
	texts: ToolTexts,
	lang: Lang,
	source: { title: string; url: string },
): GroundRulesToolProps {
	const themes: ToolTheme[] = checklist.themes.map((theme) => ({
		id: theme.id,
		title: theme.title[lang],
		sides: (['unit', 'association'] as const).map((side) => ({
			side,
			label: checklist.labels[side][lang],
			items: theme[side].map((item) => ({ id: item.id, text: item.text[lang] })),
		})),
	}));
	const ui = Object.fromEntries(uiKeys.map((k) => [k, texts[k][lang]])) as Record<UiKey, string>;
	return {
		lang,
		storageKey: LISTS_STORAGE_KEY,
		filePrefix: lang === 'sv' ? 'spelregler' : 'pelisaannot',
		themes,
		ui,
		exportTexts: {
			heading: texts.summaryHeading[lang],
			unit: texts.unitLabel[lang],
			associations: texts.associationsLabel[lang],
			key: texts.mdKey[lang],
			who: texts.whoLabel[lang],
			when: texts.whenLabel[lang],
			notes: texts.mdNotes[lang],
			review: texts.reviewLabel[lang],
			basedOn: fill(texts.mdBasedOn[lang], source),
		},
	};
}
