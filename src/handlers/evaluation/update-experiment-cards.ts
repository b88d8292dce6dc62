import type { Config } from "../../config/schema.js";
import { replaceRegion } from "../../domain/cards/card-region.js";
import { metricValue } from "../../domain/metrics/metric-value.js";
import type { MetricsFile } from "../../domain/metrics/metrics-file.js";
import { MAX_COMMENT_LENGTH } from "../../github/comments/ensure-comment.js";
import { ensureCardItem } from "../../github/projects/ensure-card-item.js";
import { findCardItem } from "../../github/projects/find-card-item.js";
import { setCardValues } from "../../github/projects/set-card-values.js";
import { readPullLinks } from "../../github/pulls/read-pull-links.js";
import type { AppContext } from "../support/app-context.js";
import { ensureConfiguredBoard } from "../support/board-target.js";
import { selectExperimentCards } from "./select-experiment-cards.js";

type BoardConfig = Pick<Config, "project" | "columns" | "labels" | "metrics">;

/**
 * Writes an evaluation into the experiment cards the PR closes: `### Results` replaced,
 * and on the board `Primary metric`, `Version` and Status `columns.evaluation`. The board
 * goes first and the body last, so the body is the "done" flag: a card whose Results already
 * read the same is skipped (a redelivery writes nothing), and a board failure leaves the body
 * as it was for the next delivery to redo. A board the app cannot reach is skipped (the card
 * handler told the person).
 */
export async function updateExperimentCards(
  context: AppContext,
  pr: { owner: string; repo: string; number: number },
  evaluation: { file: MetricsFile; results: string },
  config: BoardConfig,
): Promise<void> {
  const { owner, repo } = pr;
  const links = await readPullLinks(context.octokit.graphql, pr);
  const cards = selectExperimentCards(links?.closing ?? [], {
    repo: `${owner}/${repo}`,
    label: config.labels.experiment,
    model: evaluation.file.model,
  }).flatMap((card) => {
    const body = replaceRegion(card.body, "results", evaluation.results);
    return body === card.body || body.length > MAX_COMMENT_LENGTH ? [] : [{ ...card, body }];
  });
  if (cards.length === 0) return;
  const board = await ensureConfiguredBoard(context.octokit, config, owner);
  const values = boardValues(evaluation.file, config);
  for (const card of cards) {
    if (board.ok) {
      // The board's own client: another organization's board is reached through its installation.
      const { gql } = board;
      const item = await findCardItem(gql, board.board, card.nodeId);
      const { unset } = item
        ? await setCardValues(gql, board.board, item.id, values, item.values)
        : await ensureCardItem(gql, board.board, card.nodeId, {
            ...values,
            kind: "Experiment",
            model: evaluation.file.model,
          });
      if (unset.length > 0) context.log.info({ issue: card.number, unset }, "card fields unset");
    }
    await context.octokit.rest.issues.update({
      owner,
      repo,
      issue_number: card.number,
      body: card.body,
    });
    context.log.info({ issue: card.number, board: board.ok }, "experiment card results written");
  }
}

function boardValues(file: MetricsFile, config: BoardConfig) {
  const primary = metricValue(file.metrics, config.metrics.primary);
  return {
    status: config.columns.evaluation,
    ...(primary !== null ? { primaryMetric: primary } : {}),
    ...(file.version !== undefined ? { version: file.version } : {}),
  };
}
