import { z } from "zod";
import type { FieldSpec } from "./board-field-specs.js";
import {
  BOARD_SNAPSHOT_FRAGMENT,
  boardSnapshotSchema,
  FIELD_SNAPSHOT_FRAGMENT,
  fieldSnapshotSchema,
  type BoardSnapshot,
  type FieldSnapshot,
} from "./board-snapshot.js";
import type { Board } from "./board-types.js";
import type { Graphql } from "./graphql-client.js";
import { planBoardFields, type FieldCreate, type OptionsRewrite } from "./plan-board-fields.js";
import { ProjectsApiError } from "./projects-api-error.js";
import { runGraphql } from "./run-graphql.js";

/** Reads one project again, after another replica changed its fields under us. */
export const READ_BOARD = /* GraphQL */ `
  query ReadBoard($projectId: ID!) {
    node(id: $projectId) {
      ...BoardSnapshot
    }
  }
  ${BOARD_SNAPSHOT_FRAGMENT}
`;

/**
 * One document for every field write the board needs: an aliased `createProjectV2Field`
 * per missing field and `updateProjectV2Field` per option list to rewrite, each with its
 * whole input as a variable named like its alias (the field key).
 */
export function buildBoardFieldsMutation(
  projectId: string,
  creates: FieldCreate[],
  rewrites: OptionsRewrite[],
): { document: string; variables: Record<string, unknown> } {
  const writes = [
    ...creates.map(({ key, ...input }) => ({
      key,
      mutation: "createProjectV2Field",
      type: "CreateProjectV2FieldInput",
      input: { projectId, ...input },
    })),
    ...rewrites.map(({ key, ...input }) => ({
      key,
      mutation: "updateProjectV2Field",
      type: "UpdateProjectV2FieldInput",
      input,
    })),
  ];
  const declarations = writes.map((w) => `$${w.key}: ${w.type}!`).join(", ");
  const selections = writes
    .map(
      (w) =>
        `  ${w.key}: ${w.mutation}(input: $${w.key}) {\n    projectV2Field {\n      ...BoardFieldSnapshot\n    }\n  }`,
    )
    .join("\n");
  return {
    document: `mutation SetUpBoardFields(${declarations}) {\n${selections}\n}\n${FIELD_SNAPSHOT_FRAGMENT}`,
    variables: Object.fromEntries(writes.map((w) => [w.key, w.input])),
  };
}

const writtenSchema = z.record(
  z.string(),
  z.object({ projectV2Field: fieldSnapshotSchema.nullable() }).nullable(),
);
const readSchema = z.object({ node: boardSnapshotSchema });

/** The board's fields once ensured, with what is left for a person. */
export type EnsuredFields = Pick<Board, "fields" | "missingOptions" | "problems">;

/**
 * Gives the project the contract's fields in at most one request (none when nothing is
 * missing). Another replica creating the same field first makes ours fail with a
 * duplicate-name error: that counts as success, and the fields are read again.
 */
export async function ensureBoardFields(
  gql: Graphql,
  project: BoardSnapshot,
  specs: FieldSpec[],
): Promise<EnsuredFields> {
  const hasItems = project.items.totalCount > 0;
  const current = liveFields(project);
  const plan = planBoardFields(specs, current, hasItems);
  if (plan.creates.length === 0 && plan.rewrites.length === 0) return pickResult(plan);
  const { document, variables } = buildBoardFieldsMutation(project.id, plan.creates, plan.rewrites);
  let written: FieldSnapshot[];
  try {
    const data = await runGraphql(
      gql,
      "setting up the board's fields",
      writtenSchema,
      document,
      variables,
    );
    written = Object.values(data).flatMap((w) => (w?.projectV2Field ? [w.projectV2Field] : []));
  } catch (error) {
    if (!(error instanceof ProjectsApiError) || !error.errors.every(isDuplicateName)) throw error;
    const reread = await runGraphql(gql, "reading the board", readSchema, READ_BOARD, {
      projectId: project.id,
    });
    // Whatever the other replica left undone is planned again on the next event, not here.
    return pickResult(
      planBoardFields(specs, liveFields(reread.node), reread.node.items.totalCount > 0),
    );
  }
  const merged = [...current.filter((f) => !written.some((w) => w.id === f.id)), ...written];
  return pickResult(planBoardFields(specs, merged, hasItems));
}

function liveFields(project: BoardSnapshot): FieldSnapshot[] {
  return project.fields.nodes.filter((f): f is FieldSnapshot => f !== null);
}

function pickResult(plan: ReturnType<typeof planBoardFields>): EnsuredFields {
  return { fields: plan.fields, missingOptions: plan.missingOptions, problems: plan.problems };
}

// GitHub's wording for a field name in use; matched loosely, as the exact text is not documented.
function isDuplicateName(error: { message: string }): boolean {
  return /already (been )?taken|already exists/i.test(error.message);
}
