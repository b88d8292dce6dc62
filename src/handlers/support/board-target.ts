import type { Config } from "../../config/schema.js";
import { ensureBoard } from "../../github/projects/ensure-board.js";
import type { Graphql } from "../../github/projects/graphql-client.js";

/**
 * The configured board, found or set up (`project` from the config, the repository owner by
 * default; the Status options are the configured columns in board order).
 */
export function ensureConfiguredBoard(
  gql: Graphql,
  config: Pick<Config, "project" | "columns">,
  repositoryOwner: string,
): ReturnType<typeof ensureBoard> {
  return ensureBoard(
    gql,
    boardTarget(config.project, repositoryOwner),
    columnsInOrder(config.columns),
  );
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
