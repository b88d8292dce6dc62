import { iso, type SimContext } from "../sim-context.js";
import type { ProjectRecord } from "../store/records.js";
import { projectUrl } from "../ops/projects/project-visibility.js";
import { actorNodeOf } from "./actor-node.js";
import { fieldNode } from "./field-node.js";
import { itemNode } from "./item-node.js";
import { paginateConnection, type ConnectionArgs } from "./paginate-connection.js";
import { viewNode } from "./view-node.js";

type Info = { fieldName: string };

/** A `ProjectV2` node. */
export function projectNode(ctx: SimContext, project: ProjectRecord): Record<string, unknown> {
  const url = projectUrl(ctx, project);
  return {
    __typename: "ProjectV2",
    id: project.nodeId,
    databaseId: project.id,
    fullDatabaseId: String(project.id),
    number: project.number,
    title: project.title,
    url,
    resourcePath: new URL(url).pathname,
    closed: project.closed,
    closedAt: null,
    public: false,
    template: project.template,
    shortDescription: null,
    readme: null,
    createdAt: iso(project.createdAt),
    updatedAt: iso(project.updatedAt),
    viewerCanUpdate: true,
    viewerCanClose: true,
    viewerCanReopen: true,
    owner: () => actorNodeOf(ctx, project.owner),
    creator: () => actorNodeOf(ctx, project.creator),
    fields: (args: ConnectionArgs, _c: unknown, info: Info) =>
      paginateConnection(
        project.fields.map((f) => fieldNode(ctx, f)),
        args,
        info,
      ),
    field: ({ name }: { name: string }) => {
      const field = project.fields.find((f) => f.name === name);
      return field ? fieldNode(ctx, field) : null;
    },
    items: (args: ConnectionArgs, _c: unknown, info: Info) =>
      paginateConnection(
        project.items.map((i) => itemNode(ctx, i)),
        args,
        info,
      ),
    views: (args: ConnectionArgs, _c: unknown, info: Info) =>
      paginateConnection(
        project.views.map((v) => viewNode(ctx, v)),
        args,
        info,
      ),
    view: ({ number }: { number: number }) => {
      const view = project.views.find((v) => v.number === number);
      return view ? viewNode(ctx, view) : null;
    },
  };
}
