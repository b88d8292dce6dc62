/** Projects and fields as GitHub returns them for the `BoardSnapshot` fragment. */
import type { Board } from "../../../src/github/projects/board-types.js";

export const columns = [
  "Backlog",
  "Data Prep",
  "Experiment",
  "Evaluation",
  "Deployment",
  "Monitoring",
];
export const kinds = ["Experiment", "Deployment", "Incident", "Retraining"];

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "_");

type Option = { id: string; name: string; color: string; description: string };
type Field = { id: string; name: string; dataType: string; options?: Option[] };

/** A single-select field whose option ids are `<field>_<option>`. */
export function selectField(name: string, options: string[]): Field {
  return {
    id: `F_${slug(name)}`,
    name,
    dataType: "SINGLE_SELECT",
    options: options.map((o) => ({
      id: `${slug(name)}_${slug(o)}`,
      name: o,
      color: "GRAY",
      description: "",
    })),
  };
}

/** A field of another type (TEXT, NUMBER, TITLE, ...). */
export function plainField(name: string, dataType: string): Field {
  return { id: `F_${slug(name)}`, name, dataType };
}

/** The built-in fields every project has, Status with GitHub's default options. */
export const builtInFields: Field[] = [
  plainField("Title", "TITLE"),
  plainField("Assignees", "ASSIGNEES"),
  selectField("Status", ["Todo", "In Progress", "Done"]),
];

/** Every field of the contract, set up as the app would. */
export const contractFields: Field[] = [
  plainField("Title", "TITLE"),
  selectField("Status", columns),
  selectField("Kind", kinds),
  plainField("Model", "TEXT"),
  plainField("Version", "TEXT"),
  plainField("Primary metric", "NUMBER"),
  plainField("Rollout %", "NUMBER"),
];

/** A project of the `acme` organization. */
export function project(
  options: { id?: string; number?: number; title?: string; items?: number; fields?: Field[] } = {},
) {
  const number = options.number ?? 7;
  return {
    id: options.id ?? `PVT_${number}`,
    number,
    title: options.title ?? "MLOps",
    url: `https://github.com/orgs/acme/projects/${number}`,
    items: { totalCount: options.items ?? 0 },
    fields: { nodes: options.fields ?? contractFields },
  };
}

/** The `repositoryOwner` of an organization holding `projectV2`. */
export function orgWithProject(projectV2: unknown) {
  return { repositoryOwner: { __typename: "Organization", id: "O_acme", projectV2 } };
}

/** The `repositoryOwner` of an organization holding one page of `projectsV2`. */
export function orgWithProjects(nodes: unknown[], endCursor: string | null = null) {
  return {
    repositoryOwner: {
      __typename: "Organization",
      id: "O_acme",
      projectsV2: { nodes, pageInfo: { hasNextPage: endCursor !== null, endCursor } },
    },
  };
}

/** The `Board.fields` the adapter makes of `contractFields`. */
export function contractBoardFields(): Board["fields"] {
  const options = (field: string, names: string[]) =>
    Object.fromEntries(names.map((n) => [n, `${slug(field)}_${slug(n)}`]));
  return {
    status: {
      id: "F_status",
      name: "Status",
      type: "single_select",
      options: options("Status", columns),
    },
    kind: { id: "F_kind", name: "Kind", type: "single_select", options: options("Kind", kinds) },
    model: { id: "F_model", name: "Model", type: "text" },
    version: { id: "F_version", name: "Version", type: "text" },
    primaryMetric: { id: "F_primary_metric", name: "Primary metric", type: "number" },
    rolloutPercent: { id: "F_rollout_", name: "Rollout %", type: "number" },
  };
}
