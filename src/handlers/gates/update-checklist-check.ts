import type { EditHistory } from "../../domain/checklist/attribute-ticks.js";
import { gateCheckNames } from "../../github/checks/read-gates.js";
import { upsertCheckRun } from "../../github/checks/upsert-check-run.js";
import { readEditHistories } from "../../github/edits/read-edit-histories.js";
import { readPullLinks } from "../../github/pulls/read-pull-links.js";
import { renderChecklistCheck } from "../../render/render-checklist-check.js";
import type { AppContext } from "../support/app-context.js";
import {
  checklistHistoryIds,
  collectChecklistSources,
  planChecklistCheck,
} from "./plan-checklist-check.js";

/** The PR, and this app's id: only its own check run is updated. */
type PullRef = { owner: string; repo: string; number: number; appId: number };

/**
 * Writes `mlops/checklist` on an open PR's head: reads the PR with its closing issues
 * (one request), the edit histories of the bodies with ticked boxes (one more), decides,
 * and upserts the check run (one per name and SHA; unchanged → no write).
 */
export async function updateChecklistCheck(
  context: AppContext,
  pr: PullRef,
  deploymentLabel: string,
): Promise<void> {
  const gql = context.octokit.graphql;
  const pull = await readPullLinks(gql, { owner: pr.owner, repo: pr.repo, number: pr.number });
  if (!pull || pull.state !== "open") {
    context.log.info({ pr: pr.number, state: pull?.state }, "checklist: PR not open, skipped");
    return;
  }
  const repo = `${pr.owner}/${pr.repo}`;
  const sources = collectChecklistSources(pull, repo, deploymentLabel);
  const histories = await readHistories(context, checklistHistoryIds(sources));
  const check = planChecklistCheck({ pull, repo, deploymentLabel, sources, histories });
  const target = { ...pr, headSha: pull.headSha, name: gateCheckNames.checklist };
  const written = await upsertCheckRun(context.octokit, target, renderChecklistCheck(check));
  context.log.info(
    { pr: pr.number, sha: pull.headSha, conclusion: check.conclusion, action: written.action },
    "checklist check",
  );
}

/** The audit trail is worth less than the gate: an unreadable history becomes "unknown". */
async function readHistories(
  context: AppContext,
  ids: string[],
): Promise<ReadonlyMap<string, EditHistory>> {
  try {
    return await readEditHistories(context.octokit.graphql, ids);
  } catch (error) {
    context.log.warn({ err: error, ids }, "checklist: edit history unreadable");
    return new Map();
  }
}
