import { z } from "zod";
import { HttpError } from "../http/http-error.js";
import type { Route } from "../http/route-types.js";
import { parseBody } from "../http/parse-body.js";
import { requireRepo } from "./lookup.js";

const schema = z.object({
  environment_name: z.string(),
  state: z.enum(["approved", "rejected"]),
  comment: z.string().optional(),
});

const COMMENT_LIMIT = 1_024;

/**
 * `POST /repos/{o}/{r}/actions/runs/{run_id}/deployment_protection_rule`: the app's
 * review of a pending protection rule request; 204, recorded in `protectionReviews`.
 * A run/environment with no pending request gets 422, as the job is no longer waiting; a
 * comment past 1,024 characters (GitHub's documented bound for this route's status reports)
 * gets a 422 "Validation Failed", and the job keeps waiting.
 */
export const protectionRuleRoutes: Route[] = [
  {
    method: "POST",
    pattern: "/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const input = parseBody(schema, req.body);
      const full = `${repo.owner}/${repo.name}`;
      const runId = Number(req.params.run_id);
      if ((input.comment ?? "").length > COMMENT_LIMIT) {
        throw new HttpError(422, {
          message: "Validation Failed",
          errors: [
            {
              resource: "DeploymentProtectionRule",
              code: "custom",
              field: "comment",
              message: `comment is too long (maximum is ${COMMENT_LIMIT} characters)`,
            },
          ],
          documentation_url:
            "https://docs.github.com/rest/actions/workflow-runs#review-custom-deployment-protection-rules-for-a-workflow-run",
          status: "422",
        });
      }
      const pending = ctx.store.protectionRequests.find(
        (p) =>
          p.repo === full &&
          p.runId === runId &&
          p.environment === input.environment_name &&
          !p.answered,
      );
      if (!pending) {
        throw new HttpError(422, {
          message: "No pending deployment protection rule for this run and environment",
          status: "422",
        });
      }
      pending.answered = true;
      ctx.store.protectionReviews.push({
        repo: full,
        runId,
        environment: input.environment_name,
        state: input.state,
        comment: input.comment ?? "",
        reviewer: req.actor,
        createdAt: ctx.store.now(),
      });
      return { status: 204 };
    },
  },
];
