import type { Config } from "../../config/schema.js";
import { boardFailure } from "../../github/projects/board-failure.js";
import type { BoardResult } from "../../github/projects/board-types.js";
import { ensureBoard } from "../../github/projects/ensure-board.js";
import type { Graphql } from "../../github/projects/graphql-client.js";
import { reachBoardOwner, type BoardOwnerClient } from "../../github/projects/reach-board-owner.js";

/** The board and the client that reaches it (another organization's installation, when it owns the board). */
export type ConfiguredBoard =
  (Extract<BoardResult, { ok: true }> & { gql: Graphql }) | Extract<BoardResult, { ok: false }>;

/**
 * The configured board, found or set up (`project` from the config, the repository owner by
 * default; the Status options are the configured columns in board order), with the GraphQL
 * client every later board request must use: the event's own for the repository owner's
 * board (no extra request), that organization's installation for another one's. The app not
 * installed on that organization is a failure (`not-installed`) with its own notice.
 */
export async function ensureConfiguredBoard(
  octokit: BoardOwnerClient,
  config: Pick<Config, "project" | "columns">,
  repositoryOwner: string,
): Promise<ConfiguredBoard> {
  const target = boardTarget(config.project, repositoryOwner);
  const access = await reachBoardOwner(octokit, target.owner, repositoryOwner);
  if (!access.ok) {
    if (access.reason === "owner-missing") return boardFailure(target, "not-found", "owner");
    return boardFailure(target, access.reason);
  }
  const result = await ensureBoard(access.gql, target, columnsInOrder(config.columns));
  return result.ok ? { ...result, gql: access.gql } : result;
}

/** The board to use: `project` from the config, the repository owner by default. */
function boardTarget(
  project: Config["project"],
  repositoryOwner: string,
): { owner: string; number?: number; title: string; template?: number } {
  return {
    owner: project.owner ?? repositoryOwner,
    title: project.title,
    ...(project.number !== undefined ? { number: project.number } : {}),
    ...(project.template !== undefined ? { template: project.template } : {}),
  };
}

/** The configured columns in board order (the options of the Status field). */
function columnsInOrder(columns: Config["columns"]): string[] {
  return [
    columns.backlog,
    columns.data,
    columns.experiment,
    columns.evaluation,
    columns.deployment,
    columns.monitoring,
  ];
}
