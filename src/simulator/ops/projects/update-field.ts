import { githubError } from "../../graphql/github-error.js";
import type { SimStore } from "../../store/sim-store.js";
import type { FieldRecord, ProjectRecord } from "../../store/records.js";
import { checkFieldName, mintOptions, type OptionInput } from "./add-field.js";

/**
 * `updateProjectV2Field`. `singleSelectOptions` REPLACES the whole option list with
 * new option ids, and every item loses its value for the field — what GitHub does,
 * and why an app must not rewrite the options of a field in use.
 */
export function updateField(
  store: SimStore,
  project: ProjectRecord,
  field: FieldRecord,
  input: { name?: string | null; singleSelectOptions?: OptionInput[] | null },
): void {
  if (input.name) {
    checkFieldName(project, input.name, field);
    field.name = input.name.trim();
  }
  if (input.singleSelectOptions) {
    if (field.dataType !== "SINGLE_SELECT") {
      throw githubError("UNPROCESSABLE", "Options can only be set on single select fields");
    }
    if (input.singleSelectOptions.length === 0) {
      throw githubError("UNPROCESSABLE", "Single select fields must have at least one option");
    }
    field.options = mintOptions(store, input.singleSelectOptions);
    for (const item of project.items) item.values.delete(field.nodeId);
  }
  field.updatedAt = store.now();
  project.updatedAt = field.updatedAt;
}
