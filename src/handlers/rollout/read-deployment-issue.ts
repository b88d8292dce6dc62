import {
  pickDeploymentIssue,
  type DeploymentIssue,
} from "../../domain/rollout/pick-deployment-issue.js";
import { readPullLinks, type PullLinks } from "../../github/pulls/read-pull-links.js";
import type { AppContext } from "../support/app-context.js";

/** The PR and its deployment issue; or, with the fix, why there is none (`pull` null: no PR). */
export type PullDeploymentIssue =
  | { ok: true; pull: PullLinks; issue: DeploymentIssue }
  | { ok: false; pull: PullLinks; message: string }
  | { ok: false; pull: null; message: string };

/**
 * Reads a PR and the issues it closes (one GraphQL request) and picks its `label` issue whose
 * card names a Model and a Version (`model`, when given, must match it).
 */
export async function readDeploymentIssue(
  context: Pick<AppContext, "octokit">,
  target: { owner: string; repo: string; pull: number; label: string; model?: string },
): Promise<PullDeploymentIssue> {
  const { owner, repo, pull: number, label, model } = target;
  const pull = await readPullLinks(context.octokit.graphql, { owner, repo, number });
  if (pull === null) return { ok: false, pull, message: `PR #${number} does not exist.` };
  const picked = pickDeploymentIssue(pull.closing, {
    repo: `${owner}/${repo}`,
    label,
    prNumber: number,
    model,
  });
  return picked.ok
    ? { ok: true, pull, issue: picked }
    : { ok: false, pull, message: picked.message };
}
