import { describe, expect, it } from 'vitest';
import { bilingualPairs } from '~/i18n/test-helpers';
import raw from '../../content/data/roadmap/roadmap.json';
import * as roadmapModule from './roadmap';
import {
	actionsFor,
	getVersion,
	goalsWithGroups,
	movedActions,
	newestVersionId,
	roadmap,
	roadmapSchema,
	roadmapYears,
	statesYear,
} from './roadmap';

/** Every string in the data outside the bilingual pairs (ids, comments) is allowed; count the pairs' strings. */
function allTexts(): string[] {
	return bilingualPairs(roadmap).flatMap((p) => [p.fi, p.sv]) as string[];
}

describe('roadmap data', () => {
	it('has the vision for 2025', () => {
		expect(roadmap.vision.year).toBe(2025);
	});

	it('has 4 goals, numbered 1–4', () => {
		expect(roadmap.goals).toHaveLength(4);
		expect(roadmap.goals.map((g) => g.number)).toEqual([1, 2, 3, 4]);
	});

	it('has 11 measure groups, each tied to an existing goal', () => {
		expect(roadmap.groups).toHaveLength(11);
		const goalIds = new Set(roadmap.goals.map((g) => g.id));
		for (const g of roadmap.groups) expect(goalIds.has(g.goal), g.id).toBe(true);
		expect(goalsWithGroups().map((x) => x.groups.length)).toEqual([4, 3, 2, 2]);
	});

	it('covers the years 2022–2025', () => {
		expect(roadmapYears).toEqual([2022, 2023, 2024, 2025]);
	});

	it('has both versions, the 2024 update being the newest (a proposal, not the current version)', () => {
		expect(roadmap.versions.map((v) => v.id)).toEqual(['2023-03', '2024-05']);
		expect(newestVersionId).toBe('2024-05');
		// The approved 2023-03 is the current version (docs/versions.md): no name in the code says otherwise.
		expect(Object.keys(roadmapModule)).not.toContain('currentVersionId');
		expect(getVersion('2024-05').basedOn).toBe('2023-03');
	});

	it('states every group and year in the March 2023 version', () => {
		const v = getVersion('2023-03');
		for (const g of roadmap.groups) {
			expect(Object.keys(v.actions[g.id] ?? {}).sort(), g.id).toEqual(['2022', '2023', '2024', '2025']);
		}
	});

	it('gives the 2024 update an entry for every group in 2024', () => {
		for (const g of roadmap.groups) expect(actionsFor('2024-05', g.id, 2024).length, g.id).toBeGreaterThan(0);
	});

	it('keeps the base version for the years the 2024 update does not restate', () => {
		expect(statesYear('2024-05', 2024)).toBe(true);
		expect(statesYear('2024-05', 2025)).toBe(false);
		for (const g of roadmap.groups) {
			for (const y of [2022, 2023, 2025]) {
				expect(actionsFor('2024-05', g.id, y)).toEqual(actionsFor('2023-03', g.id, y));
			}
		}
	});

	it('has fi and sv for every string', () => {
		const pairs = bilingualPairs(raw);
		expect(pairs.length).toBeGreaterThan(70);
		for (const p of pairs) {
			expect(typeof p.fi === 'string' && p.fi.trim().length > 0, `${p.path}.fi`).toBe(true);
			expect(typeof p.sv === 'string' && p.sv.trim().length > 0, `${p.path}.sv`).toBe(true);
			expect(p.fi, `${p.path}: sv must be a translation, not a copy`).not.toEqual(p.sv);
		}
		expect(allTexts().every((t) => t === t.trim())).toBe(true);
	});

	it('marks the seven items moved from 2023 in the 2024 version', () => {
		const moved = movedActions('2024-05');
		expect(moved).toHaveLength(7);
		for (const m of moved) {
			expect(m.year).toBe(2024);
			expect(m.action.movedFrom).toBe(2023);
		}
		expect(moved.map((m) => m.group.id)).toEqual([
			'yhteinen-suunta',
			'toistensa-tunteminen',
			'toimivat-rakenteet',
			'toimivat-rakenteet',
			'yhteiset-tilat',
			'yhteiset-tilat',
			'sisainen-viestinta',
		]);
		expect(movedActions('2023-03')).toHaveLength(0);
	});

	it('rejects a group tied to an unknown goal', () => {
		const broken = structuredClone(raw) as { groups: { goal: string }[] };
		const first = broken.groups[0];
		if (first) first.goal = 'tavoite-9';
		expect(roadmapSchema.safeParse(broken).success).toBe(false);
	});

	it('rejects an action missing its Swedish text', () => {
		const broken = structuredClone(raw) as {
			versions: { actions: Record<string, Record<string, { sv?: string }[]>> }[];
		};
		const action = broken.versions[1]?.actions['osallisuus']?.['2024']?.[0];
		if (action) delete action.sv;
		expect(roadmapSchema.safeParse(broken).success).toBe(false);
	});

	it('throws on an unknown version or group', () => {
		expect(() => actionsFor('1999-01', 'osallisuus', 2024)).toThrow();
		expect(() => actionsFor('2024-05', 'ei-ole', 2024)).toThrow();
	});
});
