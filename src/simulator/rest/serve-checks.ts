import { z } from "zod";
import { notCheckRunOwner, validationFailed } from "../http/http-error.js";
import type { RestContext, RestRequest, Route } from "../http/route-types.js";
import { paginateList } from "../http/paginate-list.js";
import { parseBody } from "../http/parse-body.js";
import { resolveRef } from "../ops/resolve-ref.js";
import type { CheckRunRecord } from "../store/records.js";
import { serializeCheckRun } from "../serialize/serialize-check-run.js";
import { numberParam, requireOwned, requireRepo } from "./lookup.js";

/**
 * GitHub's limit on `output.summary` and `output.text`, in bytes of UTF-8: the docs say
 * characters, GitHub answers 422 "exceeds a maximum bytesize of 65535" (github/docs#35252).
 */
const MAX_OUTPUT_BYTES = 65_535;
const STATUS = ["queued", "in_progress", "completed", "waiting", "requested", "pending"] as const;
const CONCLUSION = [
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "success",
  "skipped",
  "stale",
  "timed_out",
] as const;

const fields = {
  details_url: z.string().optional(),
  external_id: z.string().optional(),
  status: z.enum(STATUS).optional(),
  conclusion: z.enum(CONCLUSION).optional(),
  started_at: z.string().optional(),
  completed_at: z.string().optional(),
  output: z
    .object({
      title: z.string(),
      summary: z.string(),
      text: z.string().optional(),
      annotations: z.array(z.unknown()).max(50).optional(),
    })
    .optional(),
};
const createSchema = z.object({ name: z.string().min(1), head_sha: z.string(), ...fields });
const updateSchema = z.object({ name: z.string().min(1).optional(), ...fields });
type Fields = z.infer<typeof updateSchema>;

/** GitHub's 422 for an output field over its byte limit, before anything is stored. */
function checkOutputBytes(output: Fields["output"]): void {
  for (const field of ["summary", "text"] as const) {
    const value = output?.[field];
    if (value !== undefined && Buffer.byteLength(value, "utf8") > MAX_OUTPUT_BYTES)
      throw validationFailed([
        {
          resource: "CheckRun",
          code: "custom",
          field,
          message: `${field} exceeds a maximum bytesize of ${MAX_OUTPUT_BYTES}`,
        },
      ]);
  }
}

/** Applies status/conclusion/output; a conclusion completes the run, as GitHub does. */
function apply(ctx: RestContext, run: CheckRunRecord, input: Fields): void {
  if (input.name) run.name = input.name;
  if (input.details_url !== undefined) run.detailsUrl = input.details_url;
  if (input.external_id !== undefined) run.externalId = input.external_id;
  if (input.started_at) run.startedAt = new Date(input.started_at);
  if (input.status) run.status = input.status;
  if (input.conclusion) run.status = "completed";
  if (run.status === "completed") {
    if (!input.conclusion && !run.conclusion) {
      throw validationFailed(
        [],
        "Invalid request.\n\nconclusion must be provided when status is completed",
      );
    }
    if (input.conclusion) run.conclusion = input.conclusion;
    run.completedAt = input.completed_at ? new Date(input.completed_at) : ctx.store.now();
  }
  if (input.output) {
    run.output = {
      title: input.output.title,
      summary: input.output.summary,
      text: input.output.text ?? null,
    };
    run.annotationsCount += input.output.annotations?.length ?? 0;
  }
}

function requireRun(ctx: RestContext, req: RestRequest): CheckRunRecord {
  return requireOwned(
    requireRepo(ctx, req),
    ctx.store.checkRuns.get(numberParam(req, "check_run_id")),
  );
}

/** Check runs: create, update (the creating app only), get, and list for a ref (`check_name`, `status`, `app_id`, `filter`). */
export const checkRoutes: Route[] = [
  {
    method: "POST",
    pattern: "/repos/{owner}/{repo}/check-runs",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const input = parseBody(createSchema, req.body);
      checkOutputBytes(input.output);
      const id = ctx.store.nextId();
      const run = ctx.store.register<CheckRunRecord>({
        kind: "check_run",
        id,
        nodeId: ctx.store.nodeIdFor("CR", id),
        repo: `${repo.owner}/${repo.name}`,
        // An installation token is always the app's own: its runs carry the app's id.
        appId: ctx.appId,
        name: input.name,
        headSha: input.head_sha,
        status: "queued",
        conclusion: null,
        startedAt: ctx.store.now(),
        completedAt: null,
        detailsUrl: null,
        externalId: "",
        output: { title: null, summary: null, text: null },
        annotationsCount: 0,
      });
      apply(ctx, run, input);
      ctx.store.checkRuns.set(id, run);
      return { status: 201, body: serializeCheckRun(ctx, run) };
    },
  },
  {
    method: "PATCH",
    pattern: "/repos/{owner}/{repo}/check-runs/{check_run_id}",
    handler: (ctx, req) => {
      const run = requireRun(ctx, req);
      if (run.appId !== ctx.appId) throw notCheckRunOwner(ctx.appId);
      const input = parseBody(updateSchema, req.body);
      checkOutputBytes(input.output);
      apply(ctx, run, input);
      return { status: 200, body: serializeCheckRun(ctx, run) };
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/check-runs/{check_run_id}",
    handler: (ctx, req) => ({ status: 200, body: serializeCheckRun(ctx, requireRun(ctx, req)) }),
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/commits/{ref}/check-runs",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const sha = resolveRef(ctx, repo, req.params.ref ?? "") ?? req.params.ref;
      const name = req.query.get("check_name");
      const status = req.query.get("status");
      const appId = req.query.get("app_id");
      let runs = [...ctx.store.checkRuns.values()]
        .sort((a, b) => b.id - a.id)
        .filter(
          (r) =>
            r.repo === `${repo.owner}/${repo.name}` &&
            r.headSha === sha &&
            (!name || r.name === name) &&
            (!status || r.status === status) &&
            (!appId || String(r.appId) === appId),
        );
      if (req.query.get("filter") !== "all") {
        // The newest run of each name in each app's check suite: apps never shadow each other.
        const first = (r: CheckRunRecord) =>
          runs.findIndex((x) => x.name === r.name && x.appId === r.appId);
        runs = runs.filter((r, i) => first(r) === i);
      }
      return paginateList(
        req,
        runs.map((r) => serializeCheckRun(ctx, r)),
        (page, total) => ({ total_count: total, check_runs: page }),
      );
    },
  },
];
