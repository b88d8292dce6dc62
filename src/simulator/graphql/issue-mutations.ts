import type { SimContext } from "../sim-context.js";
import { githubError, nodeNotFound } from "./github-error.js";
import { issueNode } from "./issue-node.js";

/** GitHub pins at most three issues per repository. */
const MAX_PINNED = 3;

/** `pinIssue`. */
export function issueMutations(ctx: SimContext): Record<string, unknown> {
  return {
    pinIssue: ({ input }: { input: { issueId: string; clientMutationId?: string | null } }) => {
      const issue = ctx.store.node(input.issueId);
      if (issue?.kind !== "issue" || issue.pull) throw nodeNotFound(input.issueId);
      const repo = ctx.store.repoOf(issue);
      const pinned = [...repo.issues.values()].filter((i) => i.pinned && i !== issue);
      if (!issue.pinned && pinned.length >= MAX_PINNED) {
        throw githubError(
          "UNPROCESSABLE",
          `Repository can have at most ${MAX_PINNED} pinned issues.`,
        );
      }
      issue.pinned = true;
      return { clientMutationId: input.clientMutationId ?? null, issue: issueNode(ctx, issue) };
    },
  };
}
