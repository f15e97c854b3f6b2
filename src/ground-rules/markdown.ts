/**
 * "Our ground rules" as plain text (shown to people as "text"; it is also valid Markdown) (for an e-mail or a
 * document): every theme and commitment, marked [x] when in place, with who and by when where
 * given, and the notes. Pure.
 */
import { itemOf, type ToolState } from './state';

export interface ToolItem {
	id: string;
	text: string;
}

export interface ToolSide {
	side: 'unit' | 'association';
	/** "Yksikkö sitoutuu" */
	label: string;
	items: ToolItem[];
}

export interface ToolTheme {
	id: string;
	title: string;
	sides: ToolSide[];
}

export interface ExportTexts {
	/** "Meidän pelisääntömme" */
	heading: string;
	/** "Yksikkö" */
	unit: string;
	/** "Järjestöt" */
	associations: string;
	/** "[x] = kunnossa, [ ] = ei vielä kunnossa" */
	key: string;
	/** "Kuka vastaa" */
	who: string;
	/** "Mihin mennessä" */
	when: string;
	/** "Muuta sovittua" */
	notes: string;
	/** "Pelisäännöt tarkistetaan seuraavan kerran" */
	review: string;
	/** "Pohjana: Yhteistyön vinkkilista, https://…/vinkkilista/" */
	basedOn: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function toMarkdown(themes: readonly ToolTheme[], state: ToolState, t: ExportTexts): string {
	const out: string[] = [`# ${t.heading}`, ''];
	const names = [
		state.unit.trim() ? `${t.unit}: ${oneLine(state.unit)}` : '',
		state.associations.trim() ? `${t.associations}: ${oneLine(state.associations)}` : '',
		state.review.trim() ? `${t.review}: ${oneLine(state.review)}` : '',
	].filter(Boolean);
	if (names.length > 0) out.push(...names.map((n, i) => (i < names.length - 1 ? `${n}  ` : n)), '');
	out.push(t.key, '');
	for (const theme of themes) {
		out.push(`## ${theme.title}`, '');
		for (const side of theme.sides) {
			out.push(`### ${side.label}`, '');
			for (const item of side.items) {
				const p = itemOf(state, item.id);
				out.push(`- [${p.done ? 'x' : ' '}] ${item.text}`);
				const details = [
					p.who.trim() ? `${t.who}: ${oneLine(p.who)}` : '',
					p.when.trim() ? `${t.when}: ${oneLine(p.when)}` : '',
				].filter(Boolean);
				if (details.length > 0) out.push(`  ${details.join(' · ')}`);
			}
			out.push('');
		}
		const note = state.notes[theme.id]?.trim();
		if (note) {
			out.push(`${t.notes}:`, '', ...note.split('\n').map((l) => l.trimEnd()), '');
		}
	}
	out.push('---', '', t.basedOn, '');
	return out.join('\n');
}
