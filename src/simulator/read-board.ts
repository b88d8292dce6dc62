import type { SimContext } from "./sim-context.js";
import type { FieldRecord, FieldValue } from "./store/records.js";

/** A project as people see it: its fields and each card with its values by field name. */
export interface BoardSnapshot {
  owner: string;
  number: number;
  title: string;
  url: string;
  fields: Array<{ name: string; dataType: string; options: string[] }>;
  items: Array<{
    repo: string;
    number: number;
    title: string;
    values: Record<string, string | number | null>;
  }>;
}

function display(field: FieldRecord, value: FieldValue | undefined): string | number | null {
  if (!value) return null;
  if ("text" in value) return value.text;
  if ("number" in value) return value.number;
  if ("date" in value) return value.date;
  if ("optionId" in value) return field.options.find((o) => o.id === value.optionId)?.name ?? null;
  return field.iterations.find((i) => i.id === value.iterationId)?.title ?? null;
}

/** A snapshot of an owner's project by number, or undefined; custom and Status values only. */
export function readBoard(
  ctx: SimContext,
  owner: string,
  number: number,
): BoardSnapshot | undefined {
  const project = ctx.store.projectsOf(owner).find((p) => p.number === number);
  if (!project) return undefined;
  const settable = project.fields.filter((f) =>
    ["TEXT", "NUMBER", "DATE", "SINGLE_SELECT", "ITERATION"].includes(f.dataType),
  );
  const kind = ctx.store.user(owner)?.type === "Organization" ? "orgs" : "users";
  return {
    owner: project.owner,
    number: project.number,
    title: project.title,
    url: `${ctx.urls.web}/${kind}/${project.owner}/projects/${project.number}`,
    fields: project.fields.map((f) => ({
      name: f.name,
      dataType: f.dataType,
      options: f.options.map((o) => o.name),
    })),
    items: project.items.flatMap((item) => {
      const content = ctx.store.node(item.contentNodeId);
      if (content?.kind !== "issue") return [];
      const values = Object.fromEntries(
        settable.map((f) => [f.name, display(f, item.values.get(f.nodeId))]),
      );
      return [{ repo: content.repo, number: content.number, title: content.title, values }];
    }),
  };
}
