/**
 * Loads and validates the picker's data (content/data/cooperation-forms/) at build time and exports
 * it parsed and typed. Cross-checks what the schema alone cannot: every need a form refers to exists,
 * every need is answered by some form, ids and orders are unique, file names match ids, and each form
 * agrees with its model form about money. A mistake fails the build with a readable message.
 */

import type { z } from 'astro/zod';
import { checkData, DataError } from '~/data/load';
import rawModel from '../../content/data/cooperation-forms/_model.json';
import rawNeeds from '../../content/data/cooperation-forms/_needs.json';
import rawTexts from '../../content/data/cooperation-forms/_texts.json';
import {
	type CooperationForm,
	cooperationFormSchema,
	type Model,
	modelSchema,
	type NeedsFile,
	needsFileSchema,
	type TextsFile,
	textsFileSchema,
} from './schema';

const folder = 'cooperation-forms/';

const rawForms = import.meta.glob<unknown>(
	['../../content/data/cooperation-forms/*.json', '!../../content/data/cooperation-forms/_*.json'],
	{ eager: true, import: 'default' },
);

export interface PickerData {
	forms: CooperationForm[];
	model: Model;
	needs: NeedsFile;
	texts: TextsFile;
}

/** Parses and cross-checks; throws an Error listing every problem found. */
export function loadPickerData(
	formFiles: Record<string, unknown>,
	modelFile: unknown,
	needsFile: unknown,
	textsFile: unknown,
): PickerData {
	const problems: string[] = [];
	const parse = <S extends z.ZodType>(file: string, schema: S, raw: unknown): z.output<S> | undefined => {
		const { data, problems: found } = checkData(file, schema, raw);
		if (found) problems.push(...found);
		return data;
	};

	const model = parse(`${folder}_model.json`, modelSchema, modelFile);
	const needs = parse(`${folder}_needs.json`, needsFileSchema, needsFile);
	const texts = parse(`${folder}_texts.json`, textsFileSchema, textsFile);
	const forms: CooperationForm[] = [];
	for (const [path, raw] of Object.entries(formFiles)) {
		const file = path.split('/').pop() ?? path;
		const form = parse(`${folder}${file}`, cooperationFormSchema, raw);
		if (!form) continue;
		if (file !== `${form.id}.json`) problems.push(`${file}: the file name must be the form's id ("${form.id}.json")`);
		forms.push(form);
	}
	forms.sort((a, b) => a.order - b.order);

	if (forms.length === 0) problems.push('no forms found in content/data/cooperation-forms/');
	const dup = <T>(values: T[]) => values.filter((v, i) => values.indexOf(v) !== i);
	for (const id of dup(forms.map((f) => f.id))) problems.push(`form id "${id}" is used twice`);
	for (const order of dup(forms.map((f) => f.order))) problems.push(`form order ${order} is used twice`);

	if (needs) {
		const needIds = new Set(needs.needs.map((n) => n.id));
		for (const form of forms) {
			for (const a of form.answers) {
				if (!needIds.has(a.need)) problems.push(`${form.id}.json: need "${a.need}" is not in _needs.json`);
			}
		}
		for (const need of needs.needs) {
			if (!forms.some((f) => f.answers.some((a) => a.need === need.id))) {
				problems.push(`_needs.json: no form answers the need "${need.id}"`);
			}
		}
	}
	if (model) {
		for (const form of forms) {
			const mf = model.forms[form.modelForm - 1];
			if (mf && mf.money !== form.money) {
				problems.push(`${form.id}.json: money is ${form.money} but model form ${mf.number} has money ${mf.money}`);
			}
		}
		for (const mf of model.forms) {
			if (!forms.some((f) => f.modelForm === mf.number)) problems.push(`model form ${mf.number} has no picker form`);
		}
	}

	if (problems.length > 0 || !model || !needs || !texts) {
		throw new DataError('cooperation-picker data (content/data/cooperation-forms/)', problems);
	}
	return { forms, model, needs, texts };
}

/** Every link to a page or section in the data, in both languages (checked at build time). */
export function pickerHrefs(data: PickerData): string[] {
	return [
		...Object.values(data.texts.links),
		...data.forms.flatMap((f) => f.links.map((l) => l.href)),
		...data.model.forms.map((mf) => mf.link.href),
		data.model.mappingLink.href,
	].flatMap((href) => [href.fi, href.sv]);
}

export const pickerData: PickerData = loadPickerData(rawForms, rawModel, rawNeeds, rawTexts);
