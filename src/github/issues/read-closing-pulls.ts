import { z } from "zod";
import { parseClosingReferences } from "../../domain/pulls/parse-closing-references.js";

type Graphql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** How many of the most recently updated open PRs are searched for a body that closes the issue. */
export const RELEASE_PULLS_READ = 50;

export const READ_CLOSING_PULLS = /* GraphQL */ `
  query ReadClosingPulls(
    $owner: String!
    $repo: String!
    $number: Int!
    $releaseBranches: Boolean!
    $recent: Int!
  ) {
    repository(owner: $owner, name: $repo) {
      defaultBranchRef {
        name
      }
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
      pullRequests(states: OPEN, first: $recent, orderBy: { field: UPDATED_AT, direction: DESC })
        @include(if: $releaseBranches) {
        nodes {
          number
          headRefOid
          baseRefName
          body
        }
      }
    }
  }
`;

const answerSchema = z.object({
  repository: z.object({
    defaultBranchRef: z.object({ name: z.string() }).nullable().optional(),
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
    pullRequests: z
      .object({
        nodes: z.array(
          z
            .object({
              number: z.number(),
              headRefOid: z.string(),
              baseRefName: z.string(),
              body: z.string(),
            })
            .nullable(),
        ),
      })
      .optional(),
  }),
});

/** An open pull request that will close an issue when merged. */
export interface ClosingPull {
  number: number;
  headSha: string;
  repo: string;
  /** GitHub's link (a PR into the default branch), or the closing keywords of a release-branch PR's body. */
  via: "github" | "body";
}

/**
 * The open pull requests of the same repository that close an issue, in one request: ticking a
 * box in a deployment issue re-evaluates their checklist checks; a command typed on the issue
 * acts on them. GitHub links (`closedByPullRequestsReferences`) only PRs into the default
 * branch; with `releaseBranches`, the 50 most recently updated open PRs are read too, and a PR
 * into another branch whose body closes the issue (`Closes #N`) counts (`via: "body"`).
 * Commands typed on the issue keep to GitHub's links (the contract: on a release-branch PR,
 * commands are typed on the PR itself).
 */
export async function readClosingPulls(
  gql: Graphql,
  issue: { owner: string; repo: string; number: number },
  options: { releaseBranches?: boolean } = {},
): Promise<ClosingPull[]> {
  const answer = answerSchema.parse(
    await gql(READ_CLOSING_PULLS, {
      ...issue,
      releaseBranches: options.releaseBranches ?? false,
      recent: RELEASE_PULLS_READ,
    }),
  );
  const here = `${issue.owner}/${issue.repo}`;
  const linked = (answer.repository.issue?.closedByPullRequestsReferences.nodes ?? []).flatMap(
    (pr): ClosingPull[] =>
      pr && pr.state === "OPEN" && pr.repository.nameWithOwner.toLowerCase() === here.toLowerCase()
        ? [
            {
              number: pr.number,
              headSha: pr.headRefOid,
              repo: pr.repository.nameWithOwner,
              via: "github",
            },
          ]
        : [],
  );
  const defaultBranch = answer.repository.defaultBranchRef?.name;
  const fromBodies = (answer.repository.pullRequests?.nodes ?? []).flatMap((pr): ClosingPull[] =>
    pr &&
    pr.baseRefName !== defaultBranch &&
    !linked.some((l) => l.number === pr.number) &&
    parseClosingReferences(pr.body, here).includes(issue.number)
      ? [{ number: pr.number, headSha: pr.headRefOid, repo: here, via: "body" }]
      : [],
  );
  return [...linked, ...fromBodies];
}
