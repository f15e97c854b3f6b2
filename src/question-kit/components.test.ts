/** The kit's components as the server renders them (the first render, before hydration). */
import { parse } from 'node-html-parser';
import { h, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { AnswersSummary } from './AnswersSummary';
import { ChoiceFieldset, type ChoiceFieldsetProps } from './ChoiceFieldset';
import { LiveRegion } from './LiveRegion';

const render = <P>(node: VNode<P>) => parse(renderToString(node));

describe('ChoiceFieldset', () => {
	const props: ChoiceFieldsetProps = {
		type: 'radio',
		idPrefix: 'gc-applicant',
		name: 'gc-applicant',
		legend: 'Kuka hakee?',
		hint: 'Valitse yksi.',
		choices: [
			{ value: 'association', label: 'Yhdistys', hint: 'Rekisteröity tai rekisteröimätön' },
			{ value: 'company', label: 'Yritys' },
		],
		checked: (v) => v === 'company',
		onChange: () => {},
	};

	it('is a fieldset with the question as legend, its hint and a labelled input per choice', () => {
		const root = render(h(ChoiceFieldset, props));
		const fieldset = root.querySelector('fieldset');
		expect(fieldset?.querySelector('legend')?.text).toBe('Kuka hakee?');
		expect(fieldset?.getAttribute('aria-describedby')).toBe('gc-applicant-hint');
		expect(root.querySelector('#gc-applicant-hint')?.text).toBe('Valitse yksi.');
		const inputs = root.querySelectorAll('input');
		expect(inputs.map((i) => [i.id, i.getAttribute('type'), i.getAttribute('name')])).toEqual([
			['gc-applicant-association', 'radio', 'gc-applicant'],
			['gc-applicant-company', 'radio', 'gc-applicant'],
		]);
		for (const input of inputs) expect(root.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
		expect(inputs[0]?.getAttribute('aria-describedby')).toBe('gc-applicant-association-hint');
		expect(inputs[1]?.hasAttribute('aria-describedby')).toBe(false);
		expect(inputs.map((i) => i.hasAttribute('checked'))).toEqual([false, true]);
		expect(root.querySelector('[role=alert]')).toBeNull();
	});

	it('shows an error as an alert, described by the group, and marks the group invalid', () => {
		const root = render(h(ChoiceFieldset, { ...props, error: 'Valitse vaihtoehto.' }));
		const fieldset = root.querySelector('fieldset');
		expect(fieldset?.getAttribute('aria-describedby')).toBe('gc-applicant-hint gc-applicant-error');
		expect(fieldset?.classList.contains('qk-invalid')).toBe(true);
		expect(root.querySelector('#gc-applicant-error')?.getAttribute('role')).toBe('alert');
		expect(root.querySelector('#gc-applicant-error')?.text).toBe('Valitse vaihtoehto.');
	});

	it('renders checkboxes without a hint when there is none', () => {
		const root = render(h(ChoiceFieldset, { ...props, type: 'checkbox', hint: null, class: 'qk-fieldset--framed' }));
		expect(root.querySelector('fieldset')?.hasAttribute('aria-describedby')).toBe(false);
		expect(root.querySelector('fieldset')?.classList.contains('qk-fieldset--framed')).toBe(true);
		expect(root.querySelectorAll('input[type=checkbox]')).toHaveLength(2);
	});
});

describe('AnswersSummary', () => {
	it('lists each answer and, where allowed, a change link named after its question', () => {
		const root = render(
			h(AnswersSummary, {
				label: 'Vastauksesi',
				changeText: 'Muuta',
				rows: [
					{
						key: 'a',
						question: 'Kuka hakee?',
						answer: 'Yhdistys',
						change: { href: '?a=x&step=a', onFollow: () => {} },
					},
					{ key: 'b', question: 'Rahaa?', answer: 'Ei' },
				],
			}),
		);
		expect(root.querySelector('dl')?.getAttribute('aria-label')).toBe('Vastauksesi');
		expect(root.querySelectorAll('dt').map((d) => d.text)).toEqual(['Kuka hakee?', 'Rahaa?']);
		const links = root.querySelectorAll('a');
		expect(links).toHaveLength(1);
		expect(links[0]?.getAttribute('href')).toBe('?a=x&step=a');
		expect(links[0]?.text).toBe('Muuta – Kuka hakee?');
		expect(links[0]?.querySelector('.sr-only')?.text).toBe(' – Kuka hakee?');
	});
});

describe('LiveRegion', () => {
	it('is one polite status region, hidden unless the tool gives a class', () => {
		const hidden = render(h(LiveRegion, { message: 'Valmis' })).querySelector('[role=status]');
		expect(hidden?.getAttribute('aria-live')).toBe('polite');
		expect(hidden?.classList.contains('sr-only')).toBe(true);
		expect(hidden?.text).toBe('Valmis');
		const shown = render(h(LiveRegion, { message: '', class: 'gr-status' })).querySelector('[role=status]');
		expect(shown?.getAttribute('class')).toBe('gr-status');
	});
});
