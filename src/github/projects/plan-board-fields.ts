import { optionColors, type FieldSpec, type OptionSpec } from "./board-field-specs.js";
import type { FieldSnapshot } from "./board-snapshot.js";
import type { Board, BoardField, FieldKey, FieldType } from "./board-types.js";

const dataTypes = { single_select: "SINGLE_SELECT", text: "TEXT", number: "NUMBER" } as const;
const typeWords = { SINGLE_SELECT: "single select", TEXT: "text", NUMBER: "number" } as const;

/** `createProjectV2Field` input for one missing field (without `projectId`). */
export interface FieldCreate {
  key: FieldKey;
  name: string;
  dataType: (typeof dataTypes)[FieldType];
  singleSelectOptions?: OptionSpec[];
}

/** `updateProjectV2Field` input that replaces a single-select field's whole option list. */
export interface OptionsRewrite {
  key: FieldKey;
  fieldId: string;
  singleSelectOptions: OptionSpec[];
}

/** What the board lacks, and what of it the app may fix itself. */
export interface FieldSetupPlan {
  fields: Board["fields"];
  creates: FieldCreate[];
  rewrites: OptionsRewrite[];
  missingOptions: Board["missingOptions"];
  problems: string[];
}

/** Names compare as GitHub does for field names: case and surrounding spaces do not count. */
export const sameName = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Compares the project's fields with the contract's. Missing fields are created.
 * Missing options are added only on a project without items, by rewriting the option
 * list (the input has no option ids, so GitHub replaces the list and every item loses
 * its value for the field); on a project with items they are named for a person instead.
 * A field of the wrong type is left alone and reported.
 */
export function planBoardFields(
  specs: FieldSpec[],
  existing: FieldSnapshot[],
  projectHasItems: boolean,
): FieldSetupPlan {
  const plan: FieldSetupPlan = {
    fields: {},
    creates: [],
    rewrites: [],
    missingOptions: [],
    problems: [],
  };
  for (const spec of specs) {
    const field = existing.find((f) => sameName(f.name, spec.name));
    if (!field) {
      plan.creates.push({
        key: spec.key,
        name: spec.name,
        dataType: dataTypes[spec.type],
        ...(spec.options ? { singleSelectOptions: spec.options } : {}),
      });
      continue;
    }
    if (field.dataType !== dataTypes[spec.type]) {
      plan.problems.push(wrongTypeProblem(field, spec));
      continue;
    }
    plan.fields[spec.key] = toBoardField(field, spec.type);
    const missing = (spec.options ?? []).filter(
      (option) => !field.options?.some((o) => sameName(o.name, option.name)),
    );
    if (missing.length === 0) continue;
    if (projectHasItems) {
      plan.missingOptions.push({ field: field.name, options: missing.map((o) => o.name) });
    } else {
      plan.rewrites.push({
        key: spec.key,
        fieldId: field.id,
        singleSelectOptions: keepLooks(spec, field),
      });
    }
  }
  return plan;
}

/** The field as the rest of the adapter uses it: options by name. */
export function toBoardField(field: FieldSnapshot, type: FieldType): BoardField {
  return {
    id: field.id,
    name: field.name,
    type,
    ...(type === "single_select"
      ? { options: Object.fromEntries((field.options ?? []).map((o) => [o.name, o.id])) }
      : {}),
  };
}

/** The wanted options, keeping the color and description a person gave an option of that name. */
function keepLooks(spec: FieldSpec, field: FieldSnapshot): OptionSpec[] {
  return (spec.options ?? []).map((option) => {
    const current = field.options?.find((o) => sameName(o.name, option.name));
    const color = optionColors.find((c) => c === current?.color);
    return current && color
      ? { name: option.name, color, description: current.description }
      : option;
  });
}

function wrongTypeProblem(field: FieldSnapshot, spec: FieldSpec): string {
  const actual =
    typeWords[field.dataType as keyof typeof typeWords] ?? field.dataType.toLowerCase();
  return (
    `The field "${field.name}" is a ${actual} field, but the app needs a ${typeWords[dataTypes[spec.type]]} ` +
    `field of that name; the app leaves it alone and does not set it. Rename or delete it, and the app ` +
    `creates its own.`
  );
}
