import { z } from "zod";
import {
  LINKED_ISSUE_FIELDS,
  linkedIssueSchema,
  toLinkedIssue,
  type LinkedIssue,
} from "./linked-issue.js";

type Graphql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * One document for `count` numbers: `i0: issueOrPullRequest(number: $n0)` and so on, so that
 * a number that is a pull request answers (and is left out) instead of failing the request.
 */
export function readIssuesByNumberDocument(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$n${i}: Int!`).join(", ");
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `    i${i}: issueOrPullRequest(number: $n${i}) {\n      ... on Issue {${LINKED_ISSUE_FIELDS}      }\n    }`,
  ).join("\n");
  return `query ReadIssuesByNumber($owner: String!, $repo: String!, ${variables}) {\n  repository(owner: $owner, name: $repo) {\n${fields}\n  }\n}\n`;
}

// Each alias is an Issue, `{}` (a pull request: the fragment asks nothing of it) or null.
const answerSchema = z.object({
  repository: z.record(z.string(), z.union([linkedIssueSchema, z.object({}).strict()]).nullable()),
});

/** GitHub answers a number that is no issue or PR with a NOT_FOUND error and that alias null. */
function partialData(error: unknown): unknown {
  const { errors, data } = error as { errors?: Array<{ type?: string }>; data?: unknown };
  const onlyMissing = Array.isArray(errors) && errors.every((e) => e.type === "NOT_FOUND");
  if (onlyMissing && data) return data;
  throw error;
}

/**
 * The issues of one repository with these numbers, in the order given, in one request:
 * numbers that are pull requests or do not exist are left out. No numbers, no request.
 */
export async function readIssuesByNumber(
  gql: Graphql,
  repo: { owner: string; repo: string },
  numbers: readonly number[],
): Promise<LinkedIssue[]> {
  if (numbers.length === 0) return [];
  const variables: Record<string, unknown> = { owner: repo.owner, repo: repo.repo };
  numbers.forEach((n, i) => (variables[`n${i}`] = n));
  const data = await gql<unknown>(readIssuesByNumberDocument(numbers.length), variables).catch(
    partialData,
  );
  const answer = answerSchema.parse(data);
  return numbers.flatMap((_, i) => {
    const found = linkedIssueSchema.safeParse(answer.repository[`i${i}`]);
    return found.success ? [toLinkedIssue(found.data)] : [];
  });
}
