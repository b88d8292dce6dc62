import { z } from "zod";
import { HttpError, validationFailed } from "../http/http-error.js";
import type { RestContext, RestRequest, Route } from "../http/route-types.js";
import { paginateList } from "../http/paginate-list.js";
import { parseBody } from "../http/parse-body.js";
import { createDeployment } from "../ops/create-deployment.js";
import { createDeploymentStatus } from "../ops/create-deployment-status.js";
import type { DeploymentRecord } from "../store/records.js";
import {
  serializeDeployment,
  serializeDeploymentStatus,
} from "../serialize/serialize-deployment.js";
import { newestFirst, numberParam, requireOwned, requireRepo } from "./lookup.js";

const createSchema = z.object({
  ref: z.string(),
  task: z.string().optional(),
  auto_merge: z.boolean().optional(),
  required_contexts: z.array(z.string()).optional(),
  payload: z.union([z.record(z.string(), z.unknown()), z.string()]).optional(),
  environment: z.string().optional(),
  description: z.string().nullish(),
  transient_environment: z.boolean().optional(),
  production_environment: z.boolean().optional(),
});

const statusSchema = z.object({
  state: z.enum(["error", "failure", "inactive", "in_progress", "queued", "pending", "success"]),
  target_url: z.string().optional(),
  log_url: z.string().optional(),
  description: z.string().optional(),
  environment: z.string().optional(),
  environment_url: z.string().optional(),
  auto_inactive: z.boolean().optional(),
});

/** GitHub stores a JSON-string payload as the object it encodes. */
function parsePayload(payload: unknown): unknown {
  if (typeof payload !== "string") return payload;
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return payload;
  }
}

function requireDeployment(ctx: RestContext, req: RestRequest): DeploymentRecord {
  return requireOwned(
    requireRepo(ctx, req),
    ctx.store.deployments.get(numberParam(req, "deployment_id")),
  );
}

/** Deployments (create 201, list newest first with filters, get) and their statuses. */
export const deploymentRoutes: Route[] = [
  {
    method: "POST",
    pattern: "/repos/{owner}/{repo}/deployments",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const input = parseBody(createSchema, req.body);
      const deployment = createDeployment(
        ctx,
        repo,
        {
          ref: input.ref,
          payload: parsePayload(input.payload),
          ...(input.task ? { task: input.task } : {}),
          ...(input.environment ? { environment: input.environment } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.transient_environment !== undefined
            ? { transientEnvironment: input.transient_environment }
            : {}),
          ...(input.production_environment !== undefined
            ? { productionEnvironment: input.production_environment }
            : {}),
        },
        req.actor,
      );
      if (!deployment) {
        throw new HttpError(422, { message: `No ref found for: ${input.ref}`, status: "422" });
      }
      return { status: 201, body: serializeDeployment(ctx, deployment) };
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/deployments",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const filters = ["sha", "ref", "task", "environment"] as const;
      const deployments = newestFirst([...ctx.store.deployments.values()]).filter(
        (d) =>
          d.repo === `${repo.owner}/${repo.name}` &&
          filters.every((f) => {
            const wanted = req.query.get(f);
            return wanted === null || d[f] === wanted;
          }),
      );
      return paginateList(
        req,
        deployments.map((d) => serializeDeployment(ctx, d)),
      );
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/deployments/{deployment_id}",
    handler: (ctx, req) => ({
      status: 200,
      body: serializeDeployment(ctx, requireDeployment(ctx, req)),
    }),
  },
  {
    method: "POST",
    pattern: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    handler: (ctx, req) => {
      const deployment = requireDeployment(ctx, req);
      const input = parseBody(statusSchema, req.body);
      if ((input.description ?? "").length > 140) {
        throw validationFailed([
          {
            resource: "DeploymentStatus",
            code: "custom",
            field: "description",
            message: "description is too long (maximum is 140 characters)",
          },
        ]);
      }
      const { status, events } = createDeploymentStatus(
        ctx,
        deployment,
        {
          state: input.state,
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.environment ? { environment: input.environment } : {}),
          ...(input.target_url ? { targetUrl: input.target_url } : {}),
          ...(input.log_url ? { logUrl: input.log_url } : {}),
          ...(input.environment_url ? { environmentUrl: input.environment_url } : {}),
          ...(input.auto_inactive !== undefined ? { autoInactive: input.auto_inactive } : {}),
        },
        req.actor,
      );
      ctx.emit(events);
      return { status: 201, body: serializeDeploymentStatus(ctx, deployment, status) };
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    handler: (ctx, req) => {
      const deployment = requireDeployment(ctx, req);
      const statuses = newestFirst(deployment.statuses);
      return paginateList(
        req,
        statuses.map((s) => serializeDeploymentStatus(ctx, deployment, s)),
      );
    },
  },
];
