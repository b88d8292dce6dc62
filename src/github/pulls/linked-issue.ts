import { z } from "zod";

/** The fields of an issue a pull request closes, as the app's GraphQL documents ask them. */
export const LINKED_ISSUE_FIELDS = /* GraphQL */ `
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
`;

/** `LINKED_ISSUE_FIELDS` as GitHub answers them; untrusted until parsed. */
export const linkedIssueSchema = z.object({
  id: z.string(),
  number: z.number(),
  title: z.string(),
  body: z.string(),
  state: z.string(),
  url: z.string(),
  repository: z.object({ nameWithOwner: z.string() }),
  labels: z.object({ nodes: z.array(z.object({ name: z.string() })) }).nullable(),
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

/** The parsed answer as the rest of the app reads it. */
export function toLinkedIssue(issue: z.infer<typeof linkedIssueSchema>): LinkedIssue {
  return {
    nodeId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state.toLowerCase(),
    url: issue.url,
    repo: issue.repository.nameWithOwner,
    labels: (issue.labels?.nodes ?? []).map((l) => l.name),
  };
}
