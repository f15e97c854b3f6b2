/**
 * Edges of the data loader the other tests do not pin: a path that already starts with
 * content/data, a leading "./" or "/", the error's name and its list of problems.
 * Written to kill mutants the other tests let survive (docs/mutation-testing.md).
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkData, DataError, dataFile, dataIssues, loadData } from './load';

describe('dataFile', () => {
	it('keeps a path that already starts with content/data', () => {
		expect(dataFile('content/data/council.json')).toBe('content/data/council.json');
	});

	it('drops only a leading "./" or "/" of a relative path', () => {
		expect(dataFile('./council.json')).toBe('content/data/council.json');
		expect(dataFile('/council.json')).toBe('content/data/council.json');
		expect(dataFile('a/council.json')).toBe('content/data/a/council.json');
		expect(dataFile('roadmap/./x.json')).toBe('content/data/roadmap/./x.json');
	});
});

describe('DataError', () => {
	it('is named, and keeps every problem', () => {
		const error = new DataError('content/data/x.json', ['a: one', 'b: two']);
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('DataError');
		expect(error.problems).toEqual(['a: one', 'b: two']);
		expect(error.message).toBe('Invalid content/data/x.json:\n- a: one\n- b: two');
	});

	it('is what loadData throws, with the problems of the parse', () => {
		let thrown: unknown;
		try {
			loadData('x.json', z.object({ a: z.string(), b: z.number() }).strict(), { a: 1, b: 'two' });
		} catch (e) {
			thrown = e;
		}
		expect(thrown).toBeInstanceOf(DataError);
		const problems = (thrown as DataError).problems;
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/^content\/data\/x\.json: a: \S/);
		expect(problems[1]).toMatch(/^content\/data\/x\.json: b: \S/);
	});
});

describe('dataIssues', () => {
	it('joins a nested path with dots, and names the root when there is none', () => {
		const nested = z.object({ a: z.array(z.object({ b: z.string() })) }).safeParse({ a: [{ b: 'x' }, { b: 2 }] });
		const root = z.string().safeParse(1);
		if (nested.success || root.success) throw new Error('the fixtures must fail');
		expect(dataIssues('d/f.json', nested.error)).toEqual([
			expect.stringMatching(/^content\/data\/d\/f\.json: a\.1\.b: \S/),
		]);
		expect(dataIssues('f.json', root.error)).toEqual([expect.stringMatching(/^content\/data\/f\.json: \(root\): \S/)]);
	});

	it('checkData gives the parsed data without problems', () => {
		expect(checkData('f.json', z.string().trim(), ' x ')).toEqual({ data: 'x' });
	});
});
