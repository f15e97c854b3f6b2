import { describe, expect, it } from 'vitest';
import { bilingualPairs } from '~/i18n/test-helpers';
import raw from '../../content/data/implementation-plan/plan.json';
import roadmap from '../../content/data/roadmap/roadmap.json';
import {
	actions2023ForGoal,
	actions2024ForGoal,
	goalIds,
	measureGroupById,
	measureGroupIds,
	plan,
	planSchema,
	ui,
} from './implementation-plan';

describe('implementation plan data', () => {
	it('parses', () => {
		expect(() => planSchema.parse(raw)).not.toThrow();
	});

	it('has the roadmap’s four goals and eleven measure groups', () => {
		expect(plan.goals.map((g) => g.id)).toEqual([...goalIds]);
		expect(plan.measureGroups.map((g) => g.id)).toEqual([...measureGroupIds]);
		expect(plan.measureGroups.map((g) => g.name.fi)).toEqual([
			'Yhteinen suunta ja mittarit',
			'Toistensa tunteminen',
			'Yhteiset työkalut',
			'Vaikuttavat palvelukokonaisuudet',
			'Toimivat rakenteet',
			'Rahoitus ja resurssit',
			'Yhteiset tilat',
			'Viestintä asukkaille ja sidosryhmille',
			'Yhteistyön sisäinen viestintä',
			'Yhteinen kehittäminen',
			'Osallisuus',
		]);
	});

	it('keeps the source’s 2023 rows per goal (4 + 5 + 2 + 2)', () => {
		expect(goalIds.map((g) => actions2023ForGoal(g).length)).toEqual([4, 5, 2, 2]);
		expect(plan.actions2023.filter((a) => a.group === 'toimivat-rakenteet')).toHaveLength(3);
	});

	it('has a 2024 row for every measure group', () => {
		expect(plan.actions2024.map((r) => r.group)).toEqual([...measureGroupIds]);
		expect(goalIds.map((g) => actions2024ForGoal(g).length)).toEqual([4, 3, 2, 2]);
	});

	it('marks as carried over exactly the seven 2024 items the source stars', () => {
		const carried = plan.actions2024.flatMap((r) => r.items.filter((i) => i.carriedOver).map(() => r.group));
		expect(carried).toEqual([
			'yhteinen-suunta',
			'toistensa-tunteminen',
			'toimivat-rakenteet',
			'toimivat-rakenteet',
			'yhteiset-tilat',
			'yhteiset-tilat',
			'sisainen-viestinta',
		]);
	});

	it('marks a 2023 action moved exactly when the 2024 update stars its target as moved from 2023', () => {
		// The source's 2023 and 2024 wordings differ slightly (määritetty / määritelty): compare the first words.
		const head = (t: string) =>
			t
				.toLowerCase()
				.replace(/[.,()]/g, '')
				.split(/\s+/)
				.slice(0, 2)
				.join(' ');
		const starred = plan.actions2024.flatMap((r) =>
			r.items.filter((i) => i.carriedOver).map((i) => `${r.group}: ${head(i.text.fi)}`),
		);
		const moved = plan.actions2023.filter((a) => a.status === 'moved-to-next-year');
		for (const a of moved) expect(starred, a.id).toContain(`${a.group}: ${head(a.measure.fi)}`);
		for (const a of plan.actions2023.filter((x) => x.status !== 'moved-to-next-year')) {
			expect(starred, a.id).not.toContain(`${a.group}: ${head(a.measure.fi)}`);
		}
		// The council's founding was decided in 2023; only its start moved to 2024.
		expect(plan.actions2023.find((a) => a.id === 'toimivat-rakenteet-3')?.status).toBeUndefined();
	});

	it('has the binding goal 2024 with its two metrics', () => {
		expect(plan.bindingGoal2024.goal.fi).toBe('Toimiva järjestöyhteistyö tukee hyvinvointialueen palveluja.');
		expect(plan.bindingGoal2024.metrics.map((m) => m.target.fi)).toEqual([
			'Kokemus yhteistyöstä on hyvä',
			'Järjestöjen osaaminen on rakentunut osaksi palveluketjuja',
		]);
	});

	it('gives every action a measure group under an existing goal', () => {
		for (const a of plan.actions2023) expect(goalIds).toContain(measureGroupById(a.group).goal);
	});

	it('has every string in both languages, non-empty and not copied untranslated', () => {
		const pairs = [...bilingualPairs(plan), ...bilingualPairs(ui)];
		expect(pairs.length).toBeGreaterThan(150);
		// Proper names and unit codes are the same in both languages.
		const same = new Set(['ICT']);
		for (const p of pairs) {
			expect(typeof p.fi === 'string' && p.fi.length > 0, p.path).toBe(true);
			expect(typeof p.sv === 'string' && p.sv.length > 0, p.path).toBe(true);
			if (!same.has(p.fi as string)) expect(p.sv, p.path).not.toBe(p.fi);
		}
	});

	it('uses the glossary’s Swedish terms, not alternatives', () => {
		const sv = bilingualPairs(plan)
			.map((p) => p.sv as string)
			.join('\n');
		expect(sv).not.toMatch(/bidrag/i);
		expect(sv).not.toMatch(/vägkarta/i);
		expect(sv).toMatch(/färdplan/);
		// 004 names its own body "järjestöyhteistyön neuvottelukunta": translated as such, not merged with the organisationsdelegation of 000/002.
		expect(sv).toMatch(/delegationen för organisationssamarbete/);
		expect(sv).not.toMatch(/organisationsdelegation/);
	});

	it('rejects a wrong measure group, an unknown status and a missing translation', () => {
		const clone = () => structuredClone(raw) as typeof raw;
		const a = clone();
		(a.actions2023[0] as { group: string }).group = 'tuntematon';
		expect(planSchema.safeParse(a).success).toBe(false);
		const b = clone();
		(b.actions2023[0] as { status: string }).status = 'valmis';
		expect(planSchema.safeParse(b).success).toBe(false);
		const c = clone();
		const step = c.actions2023[0]?.steps[0] as { sv?: string } | undefined;
		if (step) delete step.sv;
		expect(planSchema.safeParse(c).success).toBe(false);
		const d = clone();
		d.actions2023.reverse();
		expect(planSchema.safeParse(d).success).toBe(false);
	});
});

/**
 * The roadmap page (content/data/roadmap/roadmap.json) shows the same goals, measure groups and
 * 2024 yearly actions. The texts must not drift apart: edit both files together.
 */
describe('implementation plan agrees with the roadmap data', () => {
	type Item = { fi: string; sv: string; movedFrom?: number };
	const rm = roadmap as unknown as {
		goals: { number: number; text: { fi: string; sv: string } }[];
		groups: { id: string; goal: string; name: { fi: string; sv: string } }[];
		versions: { id: string; updates?: number[]; actions: Record<string, Record<string, Item[]>> }[];
	};
	const noDot = (s: string) => s.replace(/\.$/, '');

	it('has the same goals and measure groups', () => {
		expect(plan.goals.map((g) => [g.id, g.name.fi, g.name.sv])).toEqual(
			rm.goals.map((g) => [g.number, noDot(g.text.fi), noDot(g.text.sv)]),
		);
		expect(plan.measureGroups.map((g) => [g.id, `tavoite-${g.goal}`, g.name.fi, g.name.sv])).toEqual(
			rm.groups.map((g) => [g.id, g.goal, g.name.fi, g.name.sv]),
		);
	});

	it('has the same 2024 yearly actions as the roadmap’s 2024 update', () => {
		const update = rm.versions.find((v) => v.updates?.includes(2024));
		expect(update).toBeDefined();
		for (const row of plan.actions2024) {
			const theirs = update?.actions[row.group]?.['2024'] ?? [];
			expect(
				row.items.map((i) => [i.text.fi, i.text.sv, Boolean(i.carriedOver)]),
				row.group,
			).toEqual(theirs.map((i) => [i.fi, i.sv, i.movedFrom === 2023]));
		}
	});
});
