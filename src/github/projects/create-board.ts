import { z } from "zod";
import {
  BOARD_SNAPSHOT_FRAGMENT,
  boardSnapshotSchema,
  type BoardSnapshot,
} from "./board-snapshot.js";
import type { BoardTarget } from "./board-types.js";
import { findBoardByTitle } from "./find-board.js";
import type { Graphql } from "./graphql-client.js";
import { ProjectsApiError } from "./projects-api-error.js";
import { runGraphql } from "./run-graphql.js";

/** The node id of the template project, which `copyProjectV2` needs. */
export const FIND_TEMPLATE_PROJECT = /* GraphQL */ `
  query FindTemplateProject($owner: String!, $number: Int!) {
    organization(login: $owner) {
      projectV2(number: $number) {
        id
      }
    }
  }
`;

/** A new, empty project (GitHub gives it a built-in Status: Todo, In Progress, Done). */
export const CREATE_BOARD = /* GraphQL */ `
  mutation CreateBoard($ownerId: ID!, $title: String!) {
    createProjectV2(input: { ownerId: $ownerId, title: $title }) {
      projectV2 {
        ...BoardSnapshot
      }
    }
  }
  ${BOARD_SNAPSHOT_FRAGMENT}
`;

/** A copy of the template with its views and fields; draft issues stay behind. */
export const COPY_BOARD = /* GraphQL */ `
  mutation CopyBoard($ownerId: ID!, $projectId: ID!, $title: String!) {
    copyProjectV2(
      input: { ownerId: $ownerId, projectId: $projectId, title: $title, includeDraftIssues: false }
    ) {
      projectV2 {
        ...BoardSnapshot
      }
    }
  }
  ${BOARD_SNAPSHOT_FRAGMENT}
`;

/** Removes the project this replica made when another replica's project won. */
export const DELETE_BOARD = /* GraphQL */ `
  mutation DeleteBoard($projectId: ID!) {
    deleteProjectV2(input: { projectId: $projectId }) {
      clientMutationId
    }
  }
`;

const templateSchema = z.object({
  organization: z.object({ projectV2: z.object({ id: z.string() }).nullable() }).nullable(),
});
const createdSchema = z.object({ createProjectV2: z.object({ projectV2: boardSnapshotSchema }) });
const copiedSchema = z.object({ copyProjectV2: z.object({ projectV2: boardSnapshotSchema }) });
const deletedSchema = z.object({ deleteProjectV2: z.unknown() });

/** The project to use after creating one: ours, or a lower-numbered one another replica made. */
export type CreateBoardOutcome =
  | { ok: true; project: BoardSnapshot; created: boolean; problems: string[] }
  | { ok: false; reason: "template-not-found" };

/**
 * Creates the board titled `target.title` (a copy of `target.template` when given), then
 * converges without a lock: replicas that raced all created a project, and each keeps the
 * lowest-numbered project with the title and deletes its own if that is not it. The search
 * may not list a project made a moment ago, so ours always counts as a candidate.
 */
export async function createBoard(
  gql: Graphql,
  ownerId: string,
  target: BoardTarget,
): Promise<CreateBoardOutcome> {
  let ours: BoardSnapshot;
  if (target.template !== undefined) {
    const templateId = await findTemplate(gql, target.owner, target.template);
    if (templateId === null) return { ok: false, reason: "template-not-found" };
    const variables = { ownerId, projectId: templateId, title: target.title };
    ours = (
      await runGraphql(gql, "copying the template board", copiedSchema, COPY_BOARD, variables)
    ).copyProjectV2.projectV2;
  } else {
    const variables = { ownerId, title: target.title };
    ours = (await runGraphql(gql, "creating the board", createdSchema, CREATE_BOARD, variables))
      .createProjectV2.projectV2;
  }
  const found = await findBoardByTitle(gql, target.owner, target.title);
  const other = found.owner === "organization" ? found.project : null;
  if (!other || other.number >= ours.number)
    return { ok: true, project: ours, created: true, problems: [] };
  return { ok: true, project: other, created: false, problems: await deleteOurs(gql, ours) };
}

async function findTemplate(gql: Graphql, owner: string, number: number): Promise<string | null> {
  try {
    const data = await runGraphql(
      gql,
      "finding the template board",
      templateSchema,
      FIND_TEMPLATE_PROJECT,
      {
        owner,
        number,
      },
    );
    return data.organization?.projectV2?.id ?? null;
  } catch (error) {
    if (error instanceof ProjectsApiError && error.errors.every((e) => e.type === "NOT_FOUND"))
      return null;
    throw error;
  }
}

/** A duplicate we cannot delete is harmless (nobody uses it) but a person should remove it. */
async function deleteOurs(gql: Graphql, ours: BoardSnapshot): Promise<string[]> {
  try {
    await runGraphql(gql, "deleting a duplicate board", deletedSchema, DELETE_BOARD, {
      projectId: ours.id,
    });
    return [];
  } catch (error) {
    if (!(error instanceof ProjectsApiError)) throw error;
    return [
      `The app created the project "${ours.title}" (number ${ours.number}) at the same time as another copy of the ` +
        `app created the one it now uses, and could not delete it (${error.message}). Delete project ` +
        `number ${ours.number} by hand.`,
    ];
  }
}
