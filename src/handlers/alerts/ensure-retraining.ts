import type { Config } from "../../config/schema.js";
import type { Alert } from "../../domain/alerts/alert-payload.js";
import { readRetrainingLink, retrainingLinkPrefix } from "../../domain/alerts/alert-markers.js";
import { planCard } from "../../domain/cards/plan-card.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import { findComment } from "../../github/comments/find-comment.js";
import { findAppIssue } from "../../github/issues/find-app-issue.js";
import { openAppIssueOnce } from "../../github/issues/open-app-issue-once.js";
import {
  renderAlertDuplicate,
  renderAlertRetrainingLink,
} from "../../render/render-alert-comments.js";
import { renderAlertRetraining } from "../../render/render-alert-retraining.js";
import { renderCard } from "../../render/render-card.js";
import type { AppContext } from "../support/app-context.js";

/** The retraining issue of an incident; `nodeId` is null when it was linked before (nothing to place). */
export interface RetrainingOutcome {
  number: number;
  nodeId: string | null;
  action: "opened" | "existing";
}

/**
 * One retraining issue per incident, linked both ways: its body names the incident, the
 * incident's comment names it. The link comment is the "done" flag; an issue opened by a
 * delivery that failed before linking is found again by its marker, not opened twice.
 */
export async function ensureRetraining(
  context: AppContext,
  input: {
    owner: string;
    repo: string;
    config: Pick<Config, "labels" | "rollout">;
    incident: number;
    alert: Alert;
    at: Date;
    window: { from: string; to: string; days: number };
    versionToBeat: string | null;
  },
): Promise<RetrainingOutcome> {
  const { owner, repo, alert } = input;
  const target = { owner, repo, issue_number: input.incident };
  const linked = await findComment(context.octokit, target, retrainingLinkPrefix);
  const number = linked && readRetrainingLink(linked.body);
  if (number) return { number, nodeId: null, action: "existing" };
  const text = renderAlertRetraining(input);
  const card = planCard(
    {
      kind: "experiment",
      title: text.title,
      body: text.form,
      rolloutSteps: input.config.rollout.steps,
      kindLabel: "Retraining",
    },
    renderCard,
  );
  const list = { owner, repo, label: input.config.labels.retraining, state: "all" } as const;
  let issue = await findAppIssue(context.octokit, list, text.marker);
  if (issue === null) {
    const opened = await openAppIssueOnce(context.octokit, list, text.marker, {
      title: text.title,
      body: `${card.rewrite ?? text.form}\n${text.marker}\n`,
      duplicateBody: (winner) => renderAlertDuplicate({ alert, winner }),
    });
    if (opened.closed !== null)
      context.log.info({ issue: opened.closed }, "duplicate alert issue closed");
    issue = opened.issue;
  }
  const link = renderAlertRetrainingLink({
    model: alert.model,
    retraining: issue.number,
    window: input.window,
    versionToBeat: input.versionToBeat,
  });
  await ensureComment(context.octokit, target, link.marker, link.body);
  return { number: issue.number, nodeId: issue.nodeId, action: "opened" };
}
