import type { Config } from "../../config/schema.js";
import type { Alert } from "../../domain/alerts/alert-payload.js";
import { readRetrainingLink, retrainingLinkPrefix } from "../../domain/alerts/alert-markers.js";
import { planCard } from "../../domain/cards/plan-card.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import { findComment } from "../../github/comments/find-comment.js";
import {
  renderAlertDuplicate,
  renderAlertRetrainingLink,
} from "../../render/render-alert-comments.js";
import { renderAlertRetraining } from "../../render/render-alert-retraining.js";
import { renderCard } from "../../render/render-card.js";
import type { AppContext } from "../support/app-context.js";
import { closeDuplicate } from "./close-duplicate.js";
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
  const list = { owner, repo, label };
  const issue =
    (await findRetraining(context.octokit, list, text.marker)) ??
    (await openRetraining(context, {
      ...list,
      alert,
      marker: text.marker,
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

/**
 * Opens the retraining issue, then looks once more: when another replica opened one for the
 * same incident at the same moment, the oldest stands and this one is closed as its duplicate.
 */
async function openRetraining(
  context: AppContext,
  input: { owner: string; repo: string; label: string; alert: Alert; marker: string } & {
    title: string;
    body: string;
  },
): Promise<{ number: number; nodeId: string }> {
  const { owner, repo, label, title, body } = input;
  const { data } = await context.octokit.rest.issues.create({
    ...{ owner, repo, title, body },
    labels: [label],
  });
  const oldest = await findRetraining(context.octokit, { owner, repo, label }, input.marker);
  if (oldest === null || oldest.number >= data.number)
    return { number: data.number, nodeId: data.node_id };
  const duplicate = renderAlertDuplicate({ alert: input.alert, winner: oldest.number });
  await closeDuplicate(context, { owner, repo, issue_number: data.number }, duplicate);
  return oldest;
}
