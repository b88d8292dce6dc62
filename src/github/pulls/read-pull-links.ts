import { z } from "zod";

type Graphql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** How many closing issues one request reads; a PR that closes more is flagged `truncated`. */
export const MAX_LINKED_ISSUES = 50;

export const READ_PULL_LINKS = /* GraphQL */ `
  query ReadPullLinks($owner: String!, $repo: String!, $number: Int!, $first: Int!) {
    repository(owner: $owner, name: $repo) {
      pullRequest(number: $number) {
        id
        number
        state
        headRefOid
        body
        url
        isCrossRepository
        headRepository {
          nameWithOwner
        }
        closingIssuesReferences(first: $first) {
          totalCount
          nodes {
            id
            number
            title
            body
            state
            url
            repository {
              nameWithOwner
            }
            labels(first: 50) {
              nodes {
                name
              }
            }
          }
        }
      }
    }
  }
`;

const issueSchema = z.object({
  id: z.string(),
  number: z.number(),
  title: z.string(),
  body: z.string(),
  state: z.string(),
  url: z.string(),
  repository: z.object({ nameWithOwner: z.string() }),
  labels: z.object({ nodes: z.array(z.object({ name: z.string() })) }).nullable(),
});

const answerSchema = z.object({
  repository: z.object({
    pullRequest: z
      .object({
        id: z.string(),
        number: z.number(),
        state: z.enum(["OPEN", "CLOSED", "MERGED"]),
        headRefOid: z.string(),
        body: z.string(),
        url: z.string(),
        // Optional only so answers recorded before these fields were asked still parse.
        isCrossRepository: z.boolean().optional(),
        headRepository: z.object({ nameWithOwner: z.string() }).nullable().optional(),
        closingIssuesReferences: z.object({
          totalCount: z.number(),
          nodes: z.array(issueSchema.nullable()),
        }),
      })
      .nullable(),
  }),
});

/** An issue a pull request closes (`Closes #12`, or linked in the sidebar). */
export interface LinkedIssue {
  nodeId: string;
  number: number;
  title: string;
  body: string;
  state: string;
  url: string;
  /** `owner/name`: a PR can close an issue of another repository. */
  repo: string;
  labels: string[];
}

/** A pull request with the issues it closes. */
export interface PullLinks {
  nodeId: string;
  number: number;
  state: "open" | "closed" | "merged";
  headSha: string;
  body: string;
  url: string;
  /** The head branch lives in another repository (a fork). */
  crossRepository?: boolean;
  /** `owner/name` of the head repository; null when that fork was deleted. */
  headRepository?: string | null;
  closing: LinkedIssue[];
  /** More issues are linked than one request reads (MAX_LINKED_ISSUES). */
  truncated: boolean;
}

/** Reads a pull request and the issues it closes, in one GraphQL request. Null: no such PR. */
export async function readPullLinks(
  gql: Graphql,
  pr: { owner: string; repo: string; number: number },
): Promise<PullLinks | null> {
  const answer = answerSchema.parse(
    await gql(READ_PULL_LINKS, { ...pr, first: MAX_LINKED_ISSUES }),
  );
  const found = answer.repository.pullRequest;
  if (!found) return null;
  const closing = found.closingIssuesReferences.nodes.flatMap((issue) =>
    issue
      ? [
          {
            nodeId: issue.id,
            number: issue.number,
            title: issue.title,
            body: issue.body,
            state: issue.state.toLowerCase(),
            url: issue.url,
            repo: issue.repository.nameWithOwner,
            labels: (issue.labels?.nodes ?? []).map((l) => l.name),
          },
        ]
      : [],
  );
  return {
    nodeId: found.id,
    number: found.number,
    state: found.state.toLowerCase() as PullLinks["state"],
    headSha: found.headRefOid,
    body: found.body,
    url: found.url,
    crossRepository: found.isCrossRepository,
    headRepository:
      found.headRepository === undefined
        ? undefined
        : (found.headRepository?.nameWithOwner ?? null),
    closing,
    truncated: found.closingIssuesReferences.totalCount > closing.length,
  };
}
