import type { Config } from "../../config/schema.js";
import { planCardPlacement } from "../../domain/board/plan-card-placement.js";
import { planCard, type CardKind } from "../../domain/cards/plan-card.js";
import { ensureCardItem } from "../../github/projects/ensure-card-item.js";
import { findCardItem } from "../../github/projects/find-card-item.js";
import type { AppContext } from "../support/app-context.js";
import { ensureConfiguredBoard } from "../support/board-target.js";
import { reportBoardNotices } from "../support/report-board-notices.js";
import { renderCard } from "../../render/render-card.js";
import { reportCardTooLong } from "./report-card-too-long.js";

type IssueRef = { owner: string; repo: string; issue_number: number };

/**
 * Makes an `ml-experiment` / `ml-deployment` issue a card: the board item first, then the
 * body rewrite, whose hidden marker is the "done" flag — so a failure on the board
 * leaves the issue as it was and a redelivery does the whole step again.
 */
export async function syncCard(
  context: AppContext,
  ref: IssueRef,
  kind: CardKind,
  config: Config,
): Promise<void> {
  // Re-read: the payload of the second of `opened`/`labeled` carries the body from before the rewrite.
  const { data: issue } = await context.octokit.rest.issues.get(ref);
  const plan = planCard(
    {
      kind,
      title: issue.title,
      body: issue.body ?? null,
      rolloutSteps: config.rollout.steps,
    },
    renderCard,
  );
  const board = await ensureConfiguredBoard(context.octokit, config, ref.owner);
  if (board.ok) {
    // The board's own client: another organization's board is reached through its installation.
    const { gql } = board;
    const found = await findCardItem(gql, board.board, issue.node_id);
    const placement = planCardPlacement({
      onBoard: found !== null,
      columns: config.columns,
      ...plan.fields,
    });
    const item = placement
      ? await ensureCardItem(gql, board.board, issue.node_id, placement)
      : null;
    context.log.info(
      {
        issue: ref.issue_number,
        item: item?.itemId ?? found?.id ?? null,
        placement,
        unset: item?.unset,
      },
      "card on board",
    );
  }
  if (plan.rewrite !== null) {
    await context.octokit.rest.issues.update({ ...ref, body: plan.rewrite });
    context.log.info({ issue: ref.issue_number, kind }, "card body rewritten");
  }
  if (plan.tooLong)
    await reportCardTooLong(context, ref, { kind, label: config.labels[kind] }, plan.tooLong);
  await reportBoardNotices(context, ref, board);
}
