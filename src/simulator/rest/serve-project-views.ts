import { z } from "zod";
import { iso } from "../sim-context.js";
import { notFound } from "../http/http-error.js";
import type { RestContext, RestRequest, Route, RouteHandler } from "../http/route-types.js";
import { parseBody } from "../http/parse-body.js";
import { addView } from "../ops/projects/create-project.js";
import { canSeeProject, projectUrl } from "../ops/projects/project-visibility.js";
import type { ProjectRecord } from "../store/records.js";
import { serializeLogin } from "../serialize/serialize-user.js";

const LAYOUTS = {
  table: "TABLE_LAYOUT",
  board: "BOARD_LAYOUT",
  roadmap: "ROADMAP_LAYOUT",
} as const;

const schema = z.object({
  name: z.string().min(1),
  layout: z.enum(["table", "board", "roadmap"]),
  filter: z.string().optional(),
  visible_fields: z.array(z.number().int()).optional(),
  sort_by: z.array(z.tuple([z.number().int(), z.enum(["asc", "desc"])])).optional(),
  group_by: z.array(z.number().int()).max(1).optional(),
  vertical_group_by: z.array(z.number().int()).max(1).optional(),
});

function findProject(
  ctx: RestContext,
  req: RestRequest,
  ownerKey: "org" | "user_id",
): ProjectRecord {
  const ref = req.params[ownerKey] ?? "";
  const owner = [...ctx.store.users.values()].find(
    (u) => u.login.toLowerCase() === ref.toLowerCase() || String(u.id) === ref,
  );
  const project = owner
    ? ctx.store.projectsOf(owner.login).find((p) => p.number === Number(req.params.project_number))
    : undefined;
  if (!project || !canSeeProject(ctx, project)) throw notFound();
  return project;
}

function createView(ownerKey: "org" | "user_id"): RouteHandler {
  return (ctx, req) => {
    const project = findProject(ctx, req, ownerKey);
    const input = parseBody(schema, req.body);
    const view = addView(ctx.store, project, {
      name: input.name,
      layout: LAYOUTS[input.layout],
      filter: input.filter ?? null,
      visibleFields: input.visible_fields ?? [],
      sortBy: input.sort_by ?? [],
      groupBy: input.group_by ?? [],
      verticalGroupBy: input.vertical_group_by ?? [],
      creator: req.actor,
    });
    const url = projectUrl(ctx, project);
    return {
      status: 201,
      body: {
        id: view.id,
        number: view.number,
        name: view.name,
        layout: input.layout,
        node_id: view.nodeId,
        project_url: url,
        html_url: `${url}/views/${view.number}`,
        creator: serializeLogin(ctx, req.actor),
        created_at: iso(view.createdAt),
        updated_at: iso(view.createdAt),
        filter: view.filter,
        visible_fields: view.visibleFields,
        sort_by: view.sortBy,
        group_by: view.groupBy,
        vertical_group_by: view.verticalGroupBy,
      },
    };
  };
}

/** Projects v2 views, which GraphQL cannot create: organization and user variants. */
export const projectViewRoutes: Route[] = [
  {
    method: "POST",
    pattern: "/orgs/{org}/projectsV2/{project_number}/views",
    handler: createView("org"),
  },
  {
    method: "POST",
    pattern: "/users/{user_id}/projectsV2/{project_number}/views",
    handler: createView("user_id"),
  },
];
