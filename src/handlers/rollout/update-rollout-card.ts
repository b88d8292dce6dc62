import type { Config } from "../../config/schema.js";
import { tickRolloutStep, untickRollout } from "../../domain/cards/tick-rollout.js";
import { ensureBoard } from "../../github/projects/ensure-board.js";
import { findCardItem } from "../../github/projects/find-card-item.js";
import { setCardValues } from "../../github/projects/set-card-values.js";
import type { AppContext } from "../support/app-context.js";
import { boardTarget, columnsInOrder } from "../support/board-target.js";

/** The deployment card to update, as read moments ago. */
export interface RolloutCard {
  owner: string;
  repo: string;
  number: number;
  nodeId: string;
  body: string;
}

/**
 * Shows where the rollout stands on the deployment card: the boxes up to `percent` ticked and
 * those above unticked (the body is written only when it changes), `Rollout %` on the board, and
 * the card moved to Monitoring at 100% (it stays in Deployment through the steps and a
 * rollback). Values the card already shows are not written again. A user-owned or missing
 * board is skipped: the card handler has told the person.
 */
export async function updateRolloutCard(
  context: AppContext,
  card: RolloutCard,
  percent: number,
  config: Pick<Config, "project" | "columns">,
): Promise<void> {
  const body = untickRollout(tickRolloutStep(card.body, percent), percent);
  const ref = { owner: card.owner, repo: card.repo, issue_number: card.number };
  if (body !== card.body) await context.octokit.rest.issues.update({ ...ref, body });
  const gql = context.octokit.graphql;
  const board = await ensureBoard(
    gql,
    boardTarget(config.project, card.owner),
    columnsInOrder(config.columns),
  );
  if (!board.ok) return;
  const item = await findCardItem(gql, board.board, card.nodeId);
  if (item === null) return;
  await setCardValues(
    gql,
    board.board,
    item.id,
    { rolloutPercent: percent, ...(percent === 100 ? { status: config.columns.monitoring } : {}) },
    item.values,
  );
}
