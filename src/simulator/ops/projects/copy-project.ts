import type { SimStore } from "../../store/sim-store.js";
import type { ProjectRecord } from "../../store/records.js";
import { addField } from "./add-field.js";
import { addView, newProject } from "./create-project.js";

/**
 * `copyProjectV2`: a new project with the source's fields (options included, with new
 * ids) and views; items are not copied (draft issues only on request, which the
 * simulator does not model).
 */
export function copyProject(
  store: SimStore,
  source: ProjectRecord,
  owner: string,
  title: string,
  creator: string,
): ProjectRecord {
  const project = newProject(store, owner, title, creator);
  const idMap = new Map<number, number>();
  for (const field of source.fields) {
    const copy = addField(store, project, {
      name: field.name,
      dataType: field.dataType,
      options: field.options,
    });
    copy.iterations = field.iterations.map((i) => ({ ...i }));
    idMap.set(field.id, copy.id);
  }
  const remap = (ids: number[]) => ids.flatMap((id) => idMap.get(id) ?? []);
  for (const view of source.views) {
    addView(store, project, {
      name: view.name,
      layout: view.layout,
      filter: view.filter,
      visibleFields: remap(view.visibleFields),
      groupBy: remap(view.groupBy),
      verticalGroupBy: remap(view.verticalGroupBy),
      sortBy: view.sortBy.flatMap(([id, dir]) => {
        const mapped = idMap.get(id);
        return mapped === undefined ? [] : [[mapped, dir] as [number, string]];
      }),
      creator,
    });
  }
  return project;
}
