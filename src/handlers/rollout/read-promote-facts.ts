import { isForkPull } from "../../domain/rollout/is-fork-pull.js";
import type { GateResult, PromoteInput } from "../../domain/rollout/plan-promote.js";
import type { DeploymentIssue } from "../../domain/rollout/pick-deployment-issue.js";
import { readGates } from "../../github/checks/read-gates.js";
import type { AppContext } from "../support/app-context.js";
import type { CommandInput } from "./command-input.js";
import { readDeploymentIssue } from "./read-deployment-issue.js";

/** What `/promote` decides on, besides the deployment history. */
export interface PromoteFacts {
  pr: { number: number; state: "open" | "closed"; headSha: string };
  /** Null only for a closed PR (which is refused for that first). */
  card: DeploymentIssue | null;
  gates: GateResult[];
  fork: PromoteInput["fork"];
}

/**
 * Reads the PR and the deployment issue it closes (one GraphQL request) and the gates of
 * `rollout.require` on its head SHA. An open PR that closes no usable deployment issue is
 * refused here, with the fix. Whether its head is a fork is read from the same answer. The model's evaluation metrics are read only once a step is made.
 */
export async function readPromoteFacts(
  context: AppContext,
  input: Pick<CommandInput, "owner" | "repo" | "config" | "appId"> & { pull: number },
): Promise<({ ok: true } & PromoteFacts) | { ok: false; message: string }> {
  const { owner, repo, config, appId } = input;
  const found = await readDeploymentIssue(context, {
    ...{ owner, repo, pull: input.pull },
    label: config.labels.deployment,
  });
  if (found.pull === null) return { ok: false, message: found.message };
  const { pull } = found;
  // A closed PR without one goes on: `planPromote` refuses it as closed, a redelivery finishes.
  if (!found.ok && pull.state === "open") return { ok: false, message: found.message };
  const sha = pull.headSha;
  const gates = await readGates(
    context.octokit,
    // The evaluation gate of the model the card deploys, not of every model the PR evaluates.
    { owner, repo, sha, appId, ...(found.ok ? { model: found.issue.model } : {}) },
    config.rollout.require,
  );
  const pr = {
    number: pull.number,
    state: pull.state === "open" ? ("open" as const) : ("closed" as const),
    headSha: sha,
  };
  const fork = isForkPull(pull, `${owner}/${repo}`)
    ? { headRepository: pull.headRepository ?? null, allowed: config.rollout.allow_forks }
    : null;
  return { ok: true, pr, card: found.ok ? found.issue : null, gates, fork };
}
