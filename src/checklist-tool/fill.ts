/**
 * Kept only because the island's .tsx files (being split in another branch) import `fill` from
 * here; remove once they import it from ~/i18n/fill.
 */
export { fill } from '~/i18n/fill';
