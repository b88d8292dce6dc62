import { z } from "zod";

type Graphql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export const READ_CLOSING_PULLS = /* GraphQL */ `
  query ReadClosingPulls($owner: String!, $repo: String!, $number: Int!) {
    repository(owner: $owner, name: $repo) {
      issue(number: $number) {
        closedByPullRequestsReferences(first: 25, includeClosedPrs: false) {
          nodes {
            number
            state
            headRefOid
            repository {
              nameWithOwner
            }
          }
        }
      }
    }
  }
`;

const answerSchema = z.object({
  repository: z.object({
    issue: z
      .object({
        closedByPullRequestsReferences: z.object({
          nodes: z.array(
            z
              .object({
                number: z.number(),
                state: z.enum(["OPEN", "CLOSED", "MERGED"]),
                headRefOid: z.string(),
                repository: z.object({ nameWithOwner: z.string() }),
              })
              .nullable(),
          ),
        }),
      })
      .nullable(),
  }),
});

/** An open pull request that will close an issue when merged. */
export interface ClosingPull {
  number: number;
  headSha: string;
  repo: string;
}

/**
 * The open pull requests of the same repository that close an issue: ticking a box in a
 * deployment issue re-evaluates their checklist checks; a command typed on the issue acts
 * on them.
 */
export async function readClosingPulls(
  gql: Graphql,
  issue: { owner: string; repo: string; number: number },
): Promise<ClosingPull[]> {
  const answer = answerSchema.parse(await gql(READ_CLOSING_PULLS, issue));
  const here = `${issue.owner}/${issue.repo}`.toLowerCase();
  return (answer.repository.issue?.closedByPullRequestsReferences.nodes ?? []).flatMap((pr) =>
    pr && pr.state === "OPEN" && pr.repository.nameWithOwner.toLowerCase() === here
      ? [{ number: pr.number, headSha: pr.headRefOid, repo: pr.repository.nameWithOwner }]
      : [],
  );
}
