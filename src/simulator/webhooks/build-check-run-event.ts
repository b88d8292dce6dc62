import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { CheckRunRecord } from "../store/records.js";
import { serializeCheckRun } from "../serialize/serialize-check-run.js";
import { basePayload } from "./base-payload.js";

/** `check_run.<action>` with the run (its `check_suite` carrying the head) and its app. */
export function buildCheckRunEvent(
  ctx: SimContext,
  action: "rerequested" | "created" | "completed",
  run: CheckRunRecord,
  sender: string,
): WebhookEvent {
  const repo = ctx.store.repoOf(run);
  const payload = basePayload(ctx, "check_run", action, repo, sender);
  delete payload.requested_action;
  const checkRun = serializeCheckRun(ctx, run);
  const suite = checkRun.check_suite as Record<string, unknown>;
  const example = (payload.check_run as { check_suite?: object } | undefined)?.check_suite;
  checkRun.check_suite = {
    ...example,
    ...suite,
    url: `${ctx.urls.api}/repos/${repo.owner}/${repo.name}/check-suites/${String(suite.id)}`,
    head_sha: run.headSha,
    status: run.status,
    conclusion: run.conclusion,
    pull_requests: checkRun.pull_requests,
    app: checkRun.app,
  };
  payload.check_run = checkRun;
  return { name: "check_run", payload };
}
