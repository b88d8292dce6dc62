import type { Config } from "../../config/schema.js";

/** The board to use: `project` from the config, the repository owner by default. */
export function boardTarget(
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
export function columnsInOrder(columns: Config["columns"]): string[] {
  return [
    columns.backlog,
    columns.data,
    columns.experiment,
    columns.evaluation,
    columns.deployment,
    columns.monitoring,
  ];
}
