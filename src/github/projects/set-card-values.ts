import { z } from "zod";
import type { Board, CardItem, CardValues, FieldKey, ItemFieldValue } from "./board-types.js";
import type { Graphql } from "./graphql-client.js";
import { sameName } from "./plan-board-fields.js";
import { runGraphql } from "./run-graphql.js";

/** Keys in the order their mutations appear in the document, so documents are stable. */
const fieldKeys: FieldKey[] = [
  "status",
  "kind",
  "model",
  "version",
  "primaryMetric",
  "rolloutPercent",
];

/** `ProjectV2FieldValue`: exactly one of these, by the field's type. */
type FieldValue = { singleSelectOptionId: string } | { text: string } | { number: number };

/**
 * The aliased `updateProjectV2ItemFieldValue` document for the values the board can take
 * (alias and variable = field key; each variable is the mutation's whole input), and the
 * keys it cannot: the field is missing or of the wrong type, the option is missing, or
 * the number is not finite. A value the item already holds (`current`, by field id) is left
 * out. `document` is null when there is nothing to send.
 */
export function buildCardValuesMutation(
  board: Pick<Board, "id" | "fields">,
  itemId: string,
  values: CardValues,
  current: CardItem["values"] = {},
): { document: string | null; variables: Record<string, unknown>; unset: FieldKey[] } {
  const variables: Record<string, unknown> = {};
  const unset: FieldKey[] = [];
  for (const key of fieldKeys) {
    const given = values[key];
    if (given === undefined) continue;
    const field = board.fields[key];
    const value = field ? fieldValue(field, given) : null;
    if (!field || !value) {
      unset.push(key);
      continue;
    }
    if (holds(current[field.id], value)) continue;
    variables[key] = { projectId: board.id, itemId, fieldId: field.id, value };
  }
  const keys = Object.keys(variables);
  if (keys.length === 0) return { document: null, variables, unset };
  const declarations = keys.map((key) => `$${key}: UpdateProjectV2ItemFieldValueInput!`).join(", ");
  const selections = keys
    .map(
      (key) =>
        `  ${key}: updateProjectV2ItemFieldValue(input: $${key}) {\n    projectV2Item {\n      id\n    }\n  }`,
    )
    .join("\n");
  return {
    document: `mutation SetCardValues(${declarations}) {\n${selections}\n}\n`,
    variables,
    unset,
  };
}

function fieldValue(
  field: NonNullable<Board["fields"][FieldKey]>,
  given: string | number,
): FieldValue | null {
  if (field.type === "single_select") {
    const option = Object.entries(field.options ?? {}).find(([name]) =>
      sameName(name, String(given)),
    );
    return option ? { singleSelectOptionId: option[1] } : null;
  }
  if (field.type === "text") return { text: String(given) };
  return typeof given === "number" && Number.isFinite(given) ? { number: given } : null;
}

/** Whether the item's value is already the one to write. */
function holds(held: ItemFieldValue | undefined, value: FieldValue): boolean {
  if (!held) return false;
  if ("singleSelectOptionId" in value)
    return "optionId" in held && held.optionId === value.singleSelectOptionId;
  if ("text" in value) return "text" in held && held.text === value.text;
  return "number" in held && held.number === value.number;
}

const setSchema = z.record(
  z.string(),
  z.object({ projectV2Item: z.object({ id: z.string() }).nullable() }),
);

/**
 * Ensures a card's values in one request and returns the keys left unset. Values not given
 * are not touched; values the item already holds (`current`, from `findCardItem`) are not
 * sent, and no request is made when nothing changes, so a redelivery writes nothing.
 */
export async function setCardValues(
  gql: Graphql,
  board: Pick<Board, "id" | "fields">,
  itemId: string,
  values: CardValues,
  current: CardItem["values"] = {},
): Promise<{ unset: FieldKey[] }> {
  const { document, variables, unset } = buildCardValuesMutation(board, itemId, values, current);
  if (document !== null)
    await runGraphql(gql, "setting the card's fields", setSchema, document, variables);
  return { unset };
}
