/**
 * Old name of ./localize.ts, kept only because the island's .tsx files (being split in another
 * branch) still import from it; remove once they import from ./localize and ~/i18n/fill.
 */
export { fill } from '~/i18n/fill';
export type { PickerForm, PickerProps } from './localize';
