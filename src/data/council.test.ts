import { describe, expect, it } from 'vitest';
import { council, parseCouncil } from './council';
import { sourceById } from './sources';

describe('council data', () => {
	it("holds the council's term of office as source 002 gives it", () => {
		expect(council.termOfOffice).toEqual({ from: '2025-06-01', until: '2027-07-31', source: '002' });
		expect(sourceById(council.termOfOffice.source).title.fi).toContain('1.6.2025–31.7.2027');
	});
	it('names the field of a bad value', () => {
		expect(() => parseCouncil({ termOfOffice: { from: '2027-07-31', until: '2025-06-01', source: '002' } })).toThrow(
			/termOfOffice\.until: from must be before until/,
		);
		expect(() => parseCouncil({ termOfOffice: { from: '1.6.2025', until: '2027-07-31', source: '002' } })).toThrow(
			/termOfOffice\.from/,
		);
	});
});
