import { boardFieldSpecs } from "./board-field-specs.js";
import { boardFailure } from "./board-failure.js";
import type { BoardResult, BoardTarget } from "./board-types.js";
import { createBoard } from "./create-board.js";
import { ensureBoardFields } from "./ensure-board-fields.js";
import { findBoardByNumber, findBoardByTitle } from "./find-board.js";
import type { Graphql } from "./graphql-client.js";
import { ProjectsApiError } from "./projects-api-error.js";

/**
 * Finds the board (by number, else by exact title, created when missing) and gives it the
 * contract's fields, Status holding `columns` in order. A board that is already set up
 * costs one request. A user-owned board, an unknown number and a missing permission are
 * results, not throws; other GitHub errors throw a ProjectsApiError naming the step.
 */
export async function ensureBoard(
  gql: Graphql,
  target: BoardTarget,
  columns: string[],
): Promise<BoardResult> {
  try {
    return await findOrCreate(gql, target, columns);
  } catch (error) {
    // "Resource not accessible by integration": the installation lacks the projects permission.
    if (error instanceof ProjectsApiError && error.hasType("FORBIDDEN"))
      return boardFailure(target, "no-access");
    throw error;
  }
}

async function findOrCreate(
  gql: Graphql,
  target: BoardTarget,
  columns: string[],
): Promise<BoardResult> {
  const lookup =
    target.number !== undefined
      ? await findBoardByNumber(gql, target.owner, target.number)
      : await findBoardByTitle(gql, target.owner, target.title);
  // An installation token sees no user-owned Projects v2: asking further would only say "not found".
  if (lookup.owner === "user") return boardFailure(target, "user-owned");
  if (lookup.owner === "missing") return boardFailure(target, "not-found", "owner");
  let project = lookup.project;
  let created = false;
  const problems: string[] = [];
  if (project === null) {
    if (target.number !== undefined) return boardFailure(target, "not-found", "project");
    const outcome = await createBoard(gql, lookup.ownerId, target);
    if (!outcome.ok) return boardFailure(target, "not-found", "template");
    ({ project, created } = outcome);
    problems.push(...outcome.problems);
  }
  const ensured = await ensureBoardFields(gql, project, boardFieldSpecs(columns));
  return {
    ok: true,
    created,
    board: {
      id: project.id,
      number: project.number,
      title: project.title,
      url: project.url,
      owner: target.owner,
      fields: ensured.fields,
      missingOptions: ensured.missingOptions,
      problems: [...problems, ...ensured.problems],
    },
  };
}
