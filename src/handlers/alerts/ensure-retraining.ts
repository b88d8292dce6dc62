import type { Config } from "../../config/schema.js";
import type { Alert } from "../../domain/alerts/alert-payload.js";
import { readRetrainingLink, retrainingLinkPrefix } from "../../domain/alerts/alert-markers.js";
import { planCard } from "../../domain/cards/plan-card.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import { findComment } from "../../github/comments/find-comment.js";
import { renderAlertRetrainingLink } from "../../render/render-alert-comments.js";
import { renderAlertRetraining } from "../../render/render-alert-retraining.js";
import { renderCard } from "../../render/render-card.js";
import type { AppContext } from "../support/app-context.js";
import { findRetraining } from "./find-retraining.js";

/** The retraining issue of an incident; `nodeId` is null when it was linked before (nothing to place). */
export interface RetrainingOutcome {
  number: number;
  nodeId: string | null;
  model: string | undefined;
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
  if (number) return { number, nodeId: null, model: alert.model, action: "existing" };
  const label = input.config.labels.retraining;
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
  const issue =
    (await findRetraining(context.octokit, { owner, repo, label }, text.marker)) ??
    (await openRetraining(context, {
      owner,
      repo,
      label,
      title: text.title,
      body: `${card.rewrite ?? text.form}\n${text.marker}\n`,
    }));
  const link = renderAlertRetrainingLink({
    model: alert.model,
    retraining: issue.number,
    window: input.window,
    versionToBeat: input.versionToBeat,
  });
  await ensureComment(context.octokit, target, link.marker, link.body);
  return { ...issue, model: card.fields.model, action: "opened" };
}

async function openRetraining(
  context: AppContext,
  input: { owner: string; repo: string; label: string; title: string; body: string },
): Promise<{ number: number; nodeId: string }> {
  const { label, ...issue } = input;
  const { data } = await context.octokit.rest.issues.create({ ...issue, labels: [label] });
  return { number: data.number, nodeId: data.node_id };
}
