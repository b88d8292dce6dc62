import type { SimContext } from "../sim-context.js";
import { actorNode } from "./actor-node.js";
import { githubError, nodeNotFound } from "./github-error.js";
import { repositoryNode } from "./repository-node.js";
import { toNode } from "./to-node.js";

/** The `Query` fields the simulator resolves. */
export function queryRoot(ctx: SimContext): Record<string, unknown> {
  const account = (login: string, type: "User" | "Organization") => {
    const user = ctx.store.user(login);
    if (!user || user.type !== type) {
      const article = type === "User" ? "a User" : "an Organization";
      throw githubError(
        "NOT_FOUND",
        `Could not resolve to ${article} with the login of '${login}'.`,
      );
    }
    return actorNode(ctx, user);
  };
  const node = (id: string) => {
    const record = ctx.store.node(id);
    return (record && toNode(ctx, record)) ?? nodeNotFound(id);
  };
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = ctx.store.repo(owner, name);
      if (!repo) {
        throw githubError(
          "NOT_FOUND",
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      }
      return repositoryNode(ctx, repo);
    },
    repositoryOwner: ({ login }: { login: string }) => {
      const user = ctx.store.user(login);
      return user && user.type !== "Bot" ? actorNode(ctx, user) : null;
    },
    organization: ({ login }: { login: string }) => account(login, "Organization"),
    user: ({ login }: { login: string }) => account(login, "User"),
    // graphql-js turns an Error value into null plus an error entry, as GitHub answers.
    node: ({ id }: { id: string }) => node(id),
    nodes: ({ ids }: { ids: string[] }) => ids.map(node),
  };
}
