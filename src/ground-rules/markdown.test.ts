import { describe, expect, it } from 'vitest';
import { checklist } from '~/data/checklist';
import { toMarkdown } from './markdown';
import { emptyState, setNames, setNote, updateItem } from './state';
import { toolProps, toolTexts } from './texts';

const props = toolProps(checklist, toolTexts, 'fi', {
	title: 'Yhteistyön vinkkilista',
	url: 'https://x.example/vinkkilista/',
});
const sv = toolProps(checklist, toolTexts, 'sv', {
	title: 'Tipslista för samarbetet',
	url: 'https://x.example/sv/vinkkilista/',
});

describe('toMarkdown', () => {
	it('lists every theme and commitment, unchecked, for an empty state', () => {
		const md = toMarkdown(props.themes, emptyState(), props.exportTexts);
		expect(md.startsWith('# Meidän pelisääntömme\n')).toBe(true);
		for (const theme of checklist.themes) {
			expect(md).toContain(`## ${theme.title.fi}`);
			for (const item of [...theme.unit, ...theme.association]) expect(md).toContain(`- [ ] ${item.text.fi}`);
		}
		expect(md).toContain('### Yksikkö sitoutuu');
		expect(md).toContain('### Järjestö sitoutuu');
		expect(md).toContain('Pohjana: Yhteistyön vinkkilista, https://x.example/vinkkilista/');
		expect(md).not.toContain('Yksikkö:');
	});

	it('marks what is in place, with who and by when, names and notes', () => {
		const item = checklist.themes[0]?.unit[0];
		const theme = checklist.themes[0];
		if (!item || !theme) throw new Error('fixture');
		let s = setNames(emptyState(), { unit: 'Keskustan sote-keskus', associations: 'Kylä ry' });
		s = updateItem(s, item.id, { done: true, who: 'Maija', when: '31.3.2026' });
		s = setNote(s, theme.id, 'Tapaamiset\nkerran kuussa');
		const md = toMarkdown(props.themes, s, props.exportTexts);
		expect(md).toContain('Yksikkö: Keskustan sote-keskus  \nJärjestöt: Kylä ry\n');
		expect(md).toContain(`- [x] ${item.text.fi}\n  Kuka vastaa: Maija · Mihin mennessä: 31.3.2026\n`);
		expect(md).toContain('Muuta sovittua:\n\nTapaamiset\nkerran kuussa\n');
	});

	it('is in Swedish on the Swedish page', () => {
		const md = toMarkdown(sv.themes, emptyState(), sv.exportTexts);
		expect(md.startsWith('# Våra spelregler\n')).toBe(true);
		expect(md).toContain('### Enheten förbinder sig');
		expect(md).toContain('[x] = i ordning');
	});
});

describe('tool texts', () => {
	it('gives the island every text in both languages', () => {
		for (const p of [props, sv]) {
			for (const [k, v] of Object.entries(p.ui)) expect(v.trim(), k).not.toBe('');
		}
		expect(props.ui.doneLabel).not.toBe(sv.ui.doneLabel);
		expect(props.themes.map((t) => t.sides.length)).toEqual([2, 2, 2, 2]);
	});
});
