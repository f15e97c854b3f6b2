export const changeNotePlaceholders: { fi: string; sv: string };
export const decidedStatuses: string[];
export class NewVersionError extends Error {}
export function compareVersionIds(a: string, b: string): number;
export function documentOf(text: string): Record<string, unknown> | undefined;
export function editDocumentBlock(text: string, edits: Record<string, string | null>): string;
export function planNewVersion(input: {
	files: { path: string; text: string }[];
	docId: string;
	newVersion: string;
	inForceUntil?: string | undefined;
	changeKind?: 'major' | 'minor';
}): {
	writes: { path: string; text: string }[];
	removes: string[];
	oldVersion: string;
	placement: 'proposal' | 'current';
};
export function planRulesCopy(input: {
	ruleFiles: { path: string; text: string }[];
	docFiles: { path: string; text: string }[];
	docId: string;
	newVersion: string;
}): { from: string | undefined; writes: { path: string; text: string }[] };
