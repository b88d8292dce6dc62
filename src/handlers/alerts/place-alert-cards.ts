import type { Config } from "../../config/schema.js";
import { planCardPlacement } from "../../domain/board/plan-card-placement.js";
import { ensureCardItem } from "../../github/projects/ensure-card-item.js";
import { findCardItem } from "../../github/projects/find-card-item.js";
import type { AppContext } from "../support/app-context.js";
import { ensureConfiguredBoard } from "../support/board-target.js";

/** An issue the alert opened, for the board. */
export interface AlertCard {
  nodeId: string;
  kind: "Incident" | "Retraining";
  model?: string | undefined;
  version?: string | undefined;
  /** Opened by this delivery: it cannot be on the board yet, so it is not looked up there. */
  fresh: boolean;
}

/**
 * Puts the incident (Monitoring) and retraining issue (Backlog) on the board. A card already
 * there keeps its place: a person may have moved it. An issue this delivery opened is added
 * without a lookup (adding is idempotent: GitHub returns the item a project's auto-add made
 * meanwhile). Without a usable board (a user-owned
 * one) nothing is placed and only the operator's log says so: the card handler tells people.
 */
export async function placeAlertCards(
  context: AppContext,
  config: Pick<Config, "project" | "columns">,
  owner: string,
  cards: AlertCard[],
): Promise<void> {
  if (cards.length === 0) return;
  const board = await ensureConfiguredBoard(context.octokit, config, owner);
  if (!board.ok) return context.log.info({ reason: board.reason }, "alert cards not on a board");
  // The board's own client: another organization's board is reached through its installation.
  const { gql } = board;
  for (const card of cards) {
    const onBoard = !card.fresh && (await findCardItem(gql, board.board, card.nodeId)) !== null;
    const placement = planCardPlacement({ onBoard, columns: config.columns, ...card });
    if (placement) await ensureCardItem(gql, board.board, card.nodeId, placement);
  }
}
