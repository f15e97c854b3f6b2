import { describe, expect, it } from 'vitest';
import type { Answers } from './engine';
import { nextQuestion, prune, type Step } from './flow';
import { allGood, model, pick, seeded } from './test-helpers';
import { MAX_QUERY_LENGTH, readQuery, STEP_PARAM, writeQuery } from './url';

describe('writeQuery', () => {
	it('writes nothing for no answers and no step', () => {
		expect(writeQuery(model, {}, null)).toBe('');
	});

	it('writes answers in question order, then the step', () => {
		const q = writeQuery(
			model,
			{ registered: 'yes', applicant: 'association' },
			{ kind: 'question', key: 'nonprofit' },
		);
		expect(q).toBe('?applicant=association&registered=yes&step=nonprofit');
		expect(writeQuery(model, allGood, { kind: 'result' })).toBe(
			'?interest=all&applicant=association&registered=yes&nonprofit=yes&purpose=yes&field=yes&goals=yes&services=yes&area=yes&bookkeeping=yes&audit=yes&joint=no&reports=yes&duration=yes&mainfunding=no&cofunding=granted&lahella=yes&step=result',
		);
		expect(writeQuery(model, {}, { kind: 'check' })).toBe('?step=check');
	});

	it('never writes unknown keys, invalid values or unknown steps', () => {
		expect(
			writeQuery(model, { applicant: '<script>', colour: 'blue', audit: 'yes' }, { kind: 'question', key: 'nope' }),
		).toBe('?audit=yes');
	});
});

describe('readQuery', () => {
	it('reads answers and step, with or without "?"', () => {
		for (const search of ['?applicant=foundation&step=check', 'applicant=foundation&step=check']) {
			expect(readQuery(model, search)).toEqual({
				answers: { interest: 'all', applicant: 'foundation' },
				step: { kind: 'check' },
			});
		}
		expect(readQuery(model, '?step=goals').step).toEqual({ kind: 'question', key: 'goals' });
		expect(readQuery(model, '?step=result').step).toEqual({ kind: 'result' });
	});

	it('an address from before the "interest" question keeps its result: it asks about every grant form', () => {
		expect(readQuery(model, '?applicant=company&step=result')).toEqual({
			answers: { interest: 'all', applicant: 'company' },
			step: { kind: 'result' },
		});
		expect(readQuery(model, '?interest=project&applicant=company').answers).toEqual({
			interest: 'project',
			applicant: 'company',
		});
		// nothing answered: nothing assumed
		expect(readQuery(model, '?step=result').answers).toEqual({});
	});

	it('round-trips every answer set the flow can produce, with every kind of step', () => {
		const random = seeded(1);
		for (let i = 0; i < 500; i++) {
			let answers: Answers = {};
			for (let q = nextQuestion(model, answers); q; q = nextQuestion(model, answers)) {
				if (random() < 0.05) break;
				answers = prune(model, { ...answers, [q.key]: pick(random, q.options).value });
			}
			const steps: (Step | null)[] = [
				null,
				{ kind: 'check' },
				{ kind: 'result' },
				{ kind: 'question', key: pick(random, model.questions).key },
			];
			for (const step of steps) {
				expect(readQuery(model, writeQuery(model, answers, step))).toEqual({ answers, step });
			}
		}
	});

	describe('ignores junk, never echoes it', () => {
		const cases: [string, unknown][] = [
			['empty', ''],
			['only ?', '?'],
			['not a string', 42],
			['undefined', undefined],
			['an object', { applicant: 'association' }],
			['unknown keys', '?foo=bar&utm_source=x'],
			['unknown values', '?applicant=ASSOCIATION&registered=1&audit=true'],
			['markup', '?applicant=%3Cscript%3Ealert(1)%3C%2Fscript%3E&step=%3Cimg%20src%3Dx%3E'],
			['malformed percent-encoding', '?applicant=%E0%A4%A&registered=%&step=%zz'],
			['prototype keys', '?__proto__=x&constructor=y&toString=z&hasOwnProperty=1'],
			['unknown step', '?step=finish'],
			['step with reserved value in wrong case', '?step=RESULT'],
			['hash-like and ampersands', '?#applicant=association&&&=&=='],
		];
		it.each(cases)('%s', (_name, search) => {
			const parsed = readQuery(model, search);
			expect(parsed).toEqual({ answers: {}, step: null });
		});

		it('keeps the valid parts of a partly junk query', () => {
			expect(
				readQuery(model, '?applicant=<b>&applicant=association&audit=yes&audit=no&x=1&step=zzz&step=check'),
			).toEqual({ answers: { interest: 'all', applicant: 'association', audit: 'yes' }, step: { kind: 'check' } });
		});

		it('values in the result are the data’s own option values', () => {
			const { answers } = readQuery(model, '?applicant=association&joint=lead');
			for (const [key, value] of Object.entries(answers)) {
				const q = model.questions.find((x) => x.key === key);
				expect(q?.options.some((o) => o.value === value)).toBe(true);
			}
		});

		it('an over-long query is not read at all', () => {
			const long = `?applicant=association&x=${'a'.repeat(MAX_QUERY_LENGTH)}`;
			expect(readQuery(model, long)).toEqual({ answers: {}, step: null });
		});

		it('random bytes never throw', () => {
			const random = seeded(99);
			for (let i = 0; i < 500; i++) {
				let s = '?';
				const n = Math.floor(random() * 80);
				for (let j = 0; j < n; j++) s += String.fromCharCode(Math.floor(random() * 0x3000));
				expect(() => readQuery(model, s)).not.toThrow();
			}
		});
	});

	it('the step key is reserved', () => {
		expect(model.questions.some((q) => q.key === STEP_PARAM)).toBe(false);
	});
});
