import type { GateResult } from "../../domain/rollout/plan-promote.js";
import {
  pickDeploymentIssue,
  type DeploymentIssue,
} from "../../domain/rollout/pick-deployment-issue.js";
import { readGates } from "../../github/checks/read-gates.js";
import { readPullLinks } from "../../github/pulls/read-pull-links.js";
import type { AppContext } from "../support/app-context.js";
import type { CommandInput } from "./command-input.js";
import { readEvaluationMetrics } from "./read-evaluation-metrics.js";

/** What `/promote` decides on, besides the deployment history. */
export interface PromoteFacts {
  pr: { number: number; state: "open" | "closed"; headSha: string };
  /** Null only for a closed PR (which is refused for that first). */
  card: DeploymentIssue | null;
  gates: GateResult[];
  metrics: Record<string, number>;
}

/**
 * Reads the PR and the deployment issue it closes (one GraphQL request), the gates of
 * `rollout.require` on its head SHA and the model's latest evaluation there. An open PR that
 * closes no usable deployment issue is refused here, with the fix.
 */
export async function readPromoteFacts(
  context: AppContext,
  input: Pick<CommandInput, "owner" | "repo" | "config" | "appId"> & { pull: number },
): Promise<({ ok: true } & PromoteFacts) | { ok: false; message: string }> {
  const { owner, repo, config, appId } = input;
  const links = await readPullLinks(context.octokit.graphql, { owner, repo, number: input.pull });
  if (!links) return { ok: false, message: `PR #${input.pull} does not exist.` };
  const picked = pickDeploymentIssue(links.closing, {
    repo: `${owner}/${repo}`,
    label: config.labels.deployment,
    prNumber: links.number,
  });
  const open = links.state === "open";
  if (!picked.ok && open) return picked;
  const sha = links.headSha;
  const card = picked.ok ? picked : null;
  const gates = await readGates(
    context.octokit,
    { owner, repo, sha, appId },
    config.rollout.require,
  );
  const target = { owner, repo, sha, model: card?.model ?? "" };
  const metrics = card ? await readEvaluationMetrics(context, target, config.metrics) : {};
  const pr = {
    number: links.number,
    state: open ? ("open" as const) : ("closed" as const),
    headSha: sha,
  };
  return { ok: true, pr, card, gates, metrics };
}
