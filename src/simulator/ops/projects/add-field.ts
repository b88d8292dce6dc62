import { createHash } from "node:crypto";
import { githubError } from "../../graphql/github-error.js";
import type { SimStore } from "../../store/sim-store.js";
import type { FieldRecord, OptionRecord, ProjectRecord } from "../../store/records.js";

/** An option as `ProjectV2SingleSelectFieldOptionInput` gives it. */
export interface OptionInput {
  name: string;
  color: string;
  description: string;
}

const PREFIX: Record<string, string> = { SINGLE_SELECT: "PVTSSF", ITERATION: "PVTIF" };

/** Options with fresh 8-hex ids, as GitHub mints them. */
export function mintOptions(store: SimStore, inputs: OptionInput[]): OptionRecord[] {
  return inputs.map((o) => ({
    id: createHash("sha1").update(`option:${store.nextId()}`).digest("hex").slice(0, 8),
    name: o.name,
    color: o.color,
    description: o.description,
  }));
}

/** Throws GitHub's error when another field of the project already has the name. */
export function checkFieldName(project: ProjectRecord, name: string, except?: FieldRecord): void {
  const taken = project.fields.some(
    (f) => f !== except && f.name.toLowerCase() === name.trim().toLowerCase(),
  );
  if (taken) throw githubError("UNPROCESSABLE", "Name has already been taken");
}

/** Adds a field (built-in or custom) to a project. */
export function addField(
  store: SimStore,
  project: ProjectRecord,
  input: { name: string; dataType: string; options?: OptionInput[] },
): FieldRecord {
  checkFieldName(project, input.name);
  if (input.dataType === "SINGLE_SELECT" && (input.options ?? []).length === 0) {
    throw githubError("UNPROCESSABLE", "Single select fields must have at least one option");
  }
  const id = store.nextId();
  const now = store.now();
  const field = store.register<FieldRecord>({
    kind: "field",
    id,
    nodeId: store.nodeIdFor(PREFIX[input.dataType] ?? "PVTF", id),
    projectNodeId: project.nodeId,
    name: input.name.trim(),
    dataType: input.dataType,
    options: mintOptions(store, input.options ?? []),
    iterations: [],
    createdAt: now,
    updatedAt: now,
  });
  project.fields.push(field);
  project.updatedAt = now;
  return field;
}
