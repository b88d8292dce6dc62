import type { Config } from "../../config/schema.js";
import { showRolloutAt } from "../../domain/cards/tick-rollout.js";
import { findCardItem } from "../../github/projects/find-card-item.js";
import { setCardValues } from "../../github/projects/set-card-values.js";
import type { AppContext } from "../support/app-context.js";
import { ensureConfiguredBoard } from "../support/board-target.js";

/** The deployment card to update. */
export interface RolloutCard {
  owner: string;
  repo: string;
  number: number;
  nodeId: string;
}

/**
 * Shows where the rollout stands on the deployment card: the boxes of the steps `reached` up to
 * `percent` ticked, a step jumped over marked skipped, those above unticked (the body is written
 * only when it changes), `Rollout %` on the board, and
 * the Status: Monitoring at 100%, Deployment below (through the steps, a rollback, and a 100%
 * step whose deploy job failed). Values the card already shows are not written again. A
 * user-owned or missing board is skipped: the card handler has told the person.
 */
export async function updateRolloutCard(
  context: AppContext,
  card: RolloutCard,
  percent: number,
  config: Pick<Config, "project" | "columns">,
  reached?: readonly number[],
): Promise<void> {
  const ref = { owner: card.owner, repo: card.repo, issue_number: card.number };
  // One extra GET: the body read when the command started is seconds old (gates, artifacts and
  // the history were read since), and writing it back would undo a box a person ticked meanwhile.
  const { data: issue } = await context.octokit.rest.issues.get(ref);
  const read = issue.body ?? "";
  const body = showRolloutAt(read, percent, reached);
  if (body !== read) await context.octokit.rest.issues.update({ ...ref, body });
  const board = await ensureConfiguredBoard(context.octokit, config, card.owner);
  if (!board.ok) return;
  // The board's own client: another organization's board is reached through its installation.
  const { gql } = board;
  const item = await findCardItem(gql, board.board, card.nodeId);
  if (item === null) return;
  const status = percent === 100 ? config.columns.monitoring : config.columns.deployment;
  await setCardValues(gql, board.board, item.id, { rolloutPercent: percent, status }, item.values);
}
