/**
 * The ground-rules text export, whole, for a small hand-made list: every line and blank line in
 * place (Markdown needs them), names and details only where given, spaces tidied.
 * Written to kill mutants the other tests let survive (docs/mutation-testing.md).
 */
import { describe, expect, it } from 'vitest';
import { type ExportTexts, type ToolTheme, toMarkdown } from './markdown';
import { emptyState, setNames, setNote, updateItem } from './state';

const t: ExportTexts = {
	heading: 'H',
	unit: 'U',
	associations: 'A',
	key: 'K',
	who: 'Who',
	when: 'When',
	notes: 'N',
	review: 'R',
	basedOn: 'B',
};
const themes: ToolTheme[] = [
	{
		id: 't1',
		title: 'Theme 1',
		sides: [
			{
				side: 'unit',
				label: 'Unit side',
				items: [
					{ id: 'i1', text: 'one' },
					{ id: 'i2', text: 'two' },
				],
			},
			{ side: 'association', label: 'Association side', items: [{ id: 'i3', text: 'three' }] },
		],
	},
	{ id: 't2', title: 'Theme 2', sides: [] },
];

describe('toMarkdown, whole', () => {
	it('an empty list: no names, every item unchecked', () => {
		expect(toMarkdown(themes, emptyState(), t)).toBe(
			[
				'# H',
				'',
				'K',
				'',
				'## Theme 1',
				'',
				'### Unit side',
				'',
				'- [ ] one',
				'- [ ] two',
				'',
				'### Association side',
				'',
				'- [ ] three',
				'',
				'## Theme 2',
				'',
				'---',
				'',
				'B',
				'',
			].join('\n'),
		);
	});

	it('names with hard line breaks but the last, details where given, notes with their lines', () => {
		let s = setNames(emptyState(), { unit: '  Unit  one ', associations: 'Assoc\tx', review: '1.3.2027' });
		s = updateItem(s, 'i1', { done: true, who: ' Maija  M ' });
		s = updateItem(s, 'i2', { when: 'soon' });
		s = updateItem(s, 'i3', { done: true, who: ' ', when: ' ' });
		s = setNote(s, 't1', '  line 1  \n  line 2\n');
		expect(toMarkdown(themes, s, t)).toBe(
			[
				'# H',
				'',
				'U: Unit one  ',
				'A: Assoc x  ',
				'R: 1.3.2027',
				'',
				'K',
				'',
				'## Theme 1',
				'',
				'### Unit side',
				'',
				'- [x] one',
				'  Who: Maija M',
				'- [ ] two',
				'  When: soon',
				'',
				'### Association side',
				'',
				'- [x] three',
				'',
				'N:',
				'',
				'line 1',
				'  line 2',
				'',
				'## Theme 2',
				'',
				'---',
				'',
				'B',
				'',
			].join('\n'),
		);
	});

	it('one name only: no hard line break after it', () => {
		const md = toMarkdown([], setNames(emptyState(), { review: 'x' }), t);
		expect(md).toBe('# H\n\nR: x\n\nK\n\n---\n\nB\n');
	});

	it('names of spaces only are left out', () => {
		const s = setNames(emptyState(), { unit: '  ', associations: ' ', review: '   ' });
		expect(toMarkdown([], s, t)).toBe('# H\n\nK\n\n---\n\nB\n');
	});

	it('who and when together on one line', () => {
		const s = updateItem(emptyState(), 'i1', { who: 'W', when: 'T' });
		expect(toMarkdown(themes, s, t)).toContain('- [ ] one\n  Who: W · When: T\n- [ ] two\n');
	});
});
