import { githubError } from "../../graphql/github-error.js";
import type { FieldRecord, FieldValue, ItemRecord } from "../../store/records.js";

/** `ProjectV2FieldValue`: exactly one of these is meant to be set. */
export interface FieldValueInput {
  text?: string | null;
  number?: number | null;
  date?: string | null;
  singleSelectOptionId?: string | null;
  iterationId?: string | null;
}

/** The stored value for a field type, or GitHub's error for a value of the wrong kind. */
function valueFor(field: FieldRecord, input: FieldValueInput): FieldValue {
  const wrong = (kind: string) =>
    githubError(
      "UNPROCESSABLE",
      `Did not receive a ${kind} value to update a field of type ${field.dataType.toLowerCase()}`,
    );
  switch (field.dataType) {
    case "TEXT":
      if (typeof input.text !== "string") throw wrong("text");
      return { text: input.text };
    case "NUMBER":
      if (typeof input.number !== "number") throw wrong("number");
      return { number: input.number };
    case "DATE":
      if (typeof input.date !== "string") throw wrong("date");
      return { date: input.date };
    case "SINGLE_SELECT": {
      const optionId = input.singleSelectOptionId;
      if (!optionId) throw wrong("single select option id");
      if (!field.options.some((o) => o.id === optionId)) {
        throw githubError(
          "UNPROCESSABLE",
          "The single select option Id does not belong to the field",
        );
      }
      return { optionId };
    }
    case "ITERATION": {
      const iterationId = input.iterationId;
      if (!iterationId || !field.iterations.some((i) => i.id === iterationId)) {
        throw githubError("UNPROCESSABLE", "The iteration Id does not belong to the field");
      }
      return { iterationId };
    }
    default:
      throw githubError("UNPROCESSABLE", `The field of type ${field.dataType} cannot be updated`);
  }
}

/** Sets an item's value for a field (`updateProjectV2ItemFieldValue`). */
export function setItemValue(
  item: ItemRecord,
  field: FieldRecord,
  input: FieldValueInput,
  now: Date,
): void {
  item.values.set(field.nodeId, valueFor(field, input));
  item.updatedAt = now;
}
