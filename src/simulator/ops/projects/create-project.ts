import type { SimStore } from "../../store/sim-store.js";
import type { ProjectRecord, ViewRecord } from "../../store/records.js";
import { addField } from "./add-field.js";

/** The fields GitHub puts on every new project, in its order. */
const BUILT_IN: Array<[string, string]> = [
  ["Title", "TITLE"],
  ["Assignees", "ASSIGNEES"],
  ["Status", "SINGLE_SELECT"],
  ["Labels", "LABELS"],
  ["Linked pull requests", "LINKED_PULL_REQUESTS"],
  ["Milestone", "MILESTONE"],
  ["Repository", "REPOSITORY"],
  ["Reviewers", "REVIEWERS"],
  ["Parent issue", "PARENT_ISSUE"],
  ["Sub-issues progress", "SUB_ISSUES_PROGRESS"],
];

/** The options of the built-in Status field on a new project. */
const STATUS_OPTIONS = [
  { name: "Todo", color: "GREEN", description: "This item hasn't been started" },
  { name: "In Progress", color: "YELLOW", description: "This is actively being worked on" },
  { name: "Done", color: "PURPLE", description: "This has been completed" },
];

/** A new, empty project shell (no fields, no views) with the owner's next number. */
export function newProject(
  store: SimStore,
  owner: string,
  title: string,
  creator: string,
): ProjectRecord {
  const id = store.nextId();
  const now = store.now();
  const project = store.register<ProjectRecord>({
    kind: "project",
    id,
    nodeId: store.nodeIdFor("PVT", id),
    owner: store.requireUser(owner).login,
    number: store.nextProjectNumber(owner),
    title,
    closed: false,
    template: false,
    creator,
    createdAt: now,
    updatedAt: now,
    fields: [],
    items: [],
    views: [],
  });
  store.projects.set(project.nodeId, project);
  return project;
}

/** Adds a view to a project with the next view number. */
export function addView(
  store: SimStore,
  project: ProjectRecord,
  input: Partial<Omit<ViewRecord, "kind" | "id" | "nodeId" | "number" | "projectNodeId">>,
): ViewRecord {
  const id = store.nextId();
  const view = store.register<ViewRecord>({
    kind: "view",
    id,
    nodeId: store.nodeIdFor("PVTV", id),
    projectNodeId: project.nodeId,
    number: Math.max(0, ...project.views.map((v) => v.number)) + 1,
    name: input.name ?? `View ${project.views.length + 1}`,
    layout: input.layout ?? "TABLE_LAYOUT",
    filter: input.filter ?? null,
    visibleFields: input.visibleFields ?? [],
    groupBy: input.groupBy ?? [],
    verticalGroupBy: input.verticalGroupBy ?? [],
    sortBy: input.sortBy ?? [],
    creator: input.creator ?? project.creator,
    createdAt: store.now(),
  });
  project.views.push(view);
  return view;
}

/**
 * Creates a project as GitHub does: the built-in fields (Status with Todo / In
 * Progress / Done) and one table view, "View 1".
 */
export function createProject(
  store: SimStore,
  owner: string,
  title: string,
  creator: string,
): ProjectRecord {
  const project = newProject(store, owner, title, creator);
  for (const [name, dataType] of BUILT_IN) {
    addField(store, project, {
      name,
      dataType,
      ...(name === "Status" ? { options: STATUS_OPTIONS } : {}),
    });
  }
  addView(store, project, { name: "View 1" });
  return project;
}
