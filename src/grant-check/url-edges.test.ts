/**
 * Edges of the self-check's address: its own keys, the "every grant form" answer assumed for old
 * addresses on models shaped otherwise than the real one, the rules version's syntax and the
 * length cap, and `rules=` written only with answers. Written to kill mutants the other tests let
 * survive (docs/mutation-testing.md).
 */
import { describe, expect, it } from 'vitest';
import type { Model, QuestionDef } from './engine';
import { model } from './test-helpers';
import { MAX_QUERY_LENGTH, ownKeys, RULES_PARAM, readQuery, readRulesParam, STEP_PARAM, writeQuery } from './url';

const yesNo = [{ value: 'yes' }, { value: 'no' }] as const;
const forms = [{ id: 'f' }, { id: 'g' }];
const withScope = (scope: QuestionDef): Model => ({
	questions: [scope, { key: 'a', options: yesNo }],
	rules: [],
	forms,
});

describe('own keys', () => {
	it('are the question keys, then step and rules', () => {
		expect(STEP_PARAM).toBe('step');
		expect(RULES_PARAM).toBe('rules');
		expect(ownKeys(model)).toEqual([...model.questions.map((q) => q.key), 'step', 'rules']);
	});
});

describe('an old address without the scope answer', () => {
	it('is read as asking about every form: the option naming them all, wherever it is', () => {
		const scope: QuestionDef = {
			key: 's',
			options: [{ value: 'later' }, { value: 'g-only', forms: ['g'] }, { value: 'both', forms: ['f', 'g'] }],
		};
		expect(readQuery(withScope(scope), '?a=yes').answers).toEqual({ a: 'yes', s: 'both' });
	});

	it('assumes nothing when no option names every form', () => {
		const scope: QuestionDef = {
			key: 's',
			options: [
				{ value: 'f-only', forms: ['f'] },
				{ value: 'g-only', forms: ['g'] },
			],
		};
		expect(readQuery(withScope(scope), '?a=yes').answers).toEqual({ a: 'yes' });
	});

	it('a model without a scope question reads the answers as they are', () => {
		const plain: Model = { questions: [{ key: 'a', options: yesNo }], rules: [], forms };
		expect(readQuery(plain, '?a=no&step=a')).toEqual({ answers: { a: 'no' }, step: { kind: 'question', key: 'a' } });
	});
});

describe('the rules version in the address', () => {
	const version = (value: string) => readRulesParam(`?rules=${value}`);

	it('a version id: a lowercase letter or digit, then up to 29 more, hyphens allowed after the first', () => {
		expect(version('2022-10-10')).toEqual({ kind: 'version', version: '2022-10-10' });
		expect(version('a')).toEqual({ kind: 'version', version: 'a' });
		expect(version(`a${'-'.repeat(29)}`)).toEqual({ kind: 'version', version: `a${'-'.repeat(29)}` });
		for (const bad of ['-2022', `a${'b'.repeat(30)}`, 'x2022-10-10!', ' 2022', '2022_10', 'ä', '2022/10']) {
			expect(version(encodeURIComponent(bad)), bad).toEqual({ kind: 'malformed' });
		}
	});

	it('nothing: no query, an empty one, a query without rules, or not a string', () => {
		for (const none of ['', '?', '?applicant=association', undefined, 42]) {
			expect(readRulesParam(none), String(none)).toEqual({ kind: 'none' });
		}
	});

	it('the first rules parameter counts', () => {
		expect(readRulesParam('?rules=2000-01-01&rules=%3C')).toEqual({ kind: 'version', version: '2000-01-01' });
	});

	it('a query exactly MAX_QUERY_LENGTH long is read; one longer is malformed', () => {
		const exact = `?rules=a&x=${'y'.repeat(MAX_QUERY_LENGTH - 11)}`;
		expect(exact).toHaveLength(MAX_QUERY_LENGTH);
		expect(readRulesParam(exact)).toEqual({ kind: 'version', version: 'a' });
		expect(readRulesParam(`${exact}y`)).toEqual({ kind: 'malformed' });
	});
});

describe('writeQuery and the rules version', () => {
	const versioned = { ...model, rulesVersion: '2022-10-10' };

	it('writes the version with the answers, before the step', () => {
		expect(writeQuery(versioned, { interest: 'all' }, { kind: 'check' })).toBe(
			'?interest=all&rules=2022-10-10&step=check',
		);
	});

	it('writes no version without answers', () => {
		expect(writeQuery(versioned, {}, { kind: 'check' })).toBe('?step=check');
		expect(writeQuery(versioned, {}, null)).toBe('');
	});
});
