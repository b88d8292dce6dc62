import type { Config } from "../../config/schema.js";
import type { Alert } from "../../domain/alerts/alert-payload.js";
import { readRetrainingLink, retrainingLinkPrefix } from "../../domain/alerts/alert-markers.js";
import { planCard } from "../../domain/cards/plan-card.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import { findAppIssue } from "../../github/issues/find-app-issue.js";
import type { AppComment } from "../../github/issues/list-app-comments.js";
import { openAppIssueOnce } from "../../github/issues/open-app-issue-once.js";
import {
  renderAlertDuplicate,
  renderAlertRetrainingLink,
} from "../../render/render-alert-comments.js";
import { renderAlertRetraining } from "../../render/render-alert-retraining.js";
import { renderCard } from "../../render/render-card.js";
import type { AppContext } from "../support/app-context.js";

/**
 * The retraining issue of an incident; `nodeId` is null when it was linked before (nothing to
 * place). `action` is `opened` when this delivery created it (it cannot be on the board yet).
 */
export interface RetrainingOutcome {
  number: number;
  nodeId: string | null;
  action: "opened" | "found" | "existing";
}

/**
 * One retraining issue per incident, linked both ways: its body names the incident, the
 * incident's comment names it. The link comment is the "done" flag (looked up in the
 * incident's comments this delivery read); an issue opened by a delivery that failed before
 * linking is found again by its marker, not opened twice.
 */
export async function ensureRetraining(
  context: AppContext,
  input: {
    owner: string;
    repo: string;
    config: Pick<Config, "labels" | "rollout">;
    /** `fresh`: opened by this delivery; `comments`: the app's comments on it, read once per delivery. */
    incident: { number: number; comments: () => Promise<AppComment[]>; fresh: boolean };
    alert: Alert;
    at: Date;
    window: { from: string; to: string; days: number };
    versionToBeat: string | null;
    /** Called right before an issue is opened (the repository's labels). */
    ensureLabels: () => Promise<void>;
  },
): Promise<RetrainingOutcome> {
  const { owner, repo, alert } = input;
  const target = { owner, repo, issue_number: input.incident.number };
  const comments = await input.incident.comments();
  const linked = comments.find((c) => c.body.includes(retrainingLinkPrefix));
  const number = linked && readRetrainingLink(linked.body);
  if (number) return { number, nodeId: null, action: "existing" };
  const text = renderAlertRetraining({ ...input, incident: input.incident.number });
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
  const found = await findAppIssue(context.octokit, list, text.marker);
  if (!found) await input.ensureLabels();
  const opened = found
    ? { issue: found, closed: null, created: false }
    : {
        ...(await openAppIssueOnce(context.octokit, list, text.marker, {
          title: text.title,
          body: `${card.rewrite ?? text.form}\n${text.marker}\n`,
          duplicateBody: (winner) => renderAlertDuplicate({ alert, winner }),
        })),
        created: true,
      };
  if (opened.closed !== null)
    context.log.info({ issue: opened.closed }, "duplicate alert issue closed");
  const { issue } = opened;
  // Opened by this delivery (not found, not lost to another's): not on the board, not linked.
  const fresh = opened.created && opened.closed === null;
  const link = renderAlertRetrainingLink({
    model: alert.model,
    retraining: issue.number,
    window: input.window,
    versionToBeat: input.versionToBeat,
  });
  // Both issues new from this delivery: no one else can have linked them. Otherwise another
  // replica may have linked them since the comments were read: look again before writing.
  const existing =
    comments.find((c) => c.body.includes(link.marker)) ??
    (fresh && input.incident.fresh ? null : undefined);
  await ensureComment(context.octokit, target, link.marker, link.body, existing);
  return { number: issue.number, nodeId: issue.nodeId, action: fresh ? "opened" : "found" };
}
