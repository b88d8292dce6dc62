import type { SimContext } from "../sim-context.js";
import type { UserRecord } from "../store/records.js";
import { canSeeProjectsOf } from "../ops/projects/project-visibility.js";
import { githubError } from "./github-error.js";
import { paginateConnection, type ConnectionArgs } from "./paginate-connection.js";
import { projectNode } from "./project-node.js";

type Order = { field: "NUMBER" | "TITLE" | "CREATED_AT" | "UPDATED_AT"; direction: "ASC" | "DESC" };

/** `projectsV2(query:)` matching: every word in the title, plus `is:open` / `is:closed`. */
function matchesQuery(title: string, closed: boolean, query: string | null | undefined): boolean {
  const words = (query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => {
    if (word === "is:open") return !closed;
    if (word === "is:closed") return closed;
    return title.toLowerCase().includes(word);
  });
}

/**
 * A `User`, `Organization` or `Bot` node. A bot's GraphQL login has no `[bot]` suffix
 * (REST says `mlops-bot[bot]`, GraphQL `mlops-bot`), as on GitHub.
 */
export function actorNode(ctx: SimContext, user: UserRecord): Record<string, unknown> {
  const typename = user.type === "Bot" ? "Bot" : user.type;
  const base = {
    __typename: typename,
    id: user.nodeId,
    databaseId: user.id,
    login: user.type === "Bot" ? user.login.replace(/\[bot\]$/, "") : user.login,
    name: user.name,
    url: `${ctx.urls.web}/${user.login}`,
    resourcePath: `/${user.login}`,
    avatarUrl: () => `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
  };
  if (user.type === "Bot") return base;
  return {
    ...base,
    projectV2: ({ number }: { number: number }) => {
      const project = ctx.store.projectsOf(user.login).find((p) => p.number === number);
      if (!project || !canSeeProjectsOf(ctx, user.login)) {
        throw githubError(
          "NOT_FOUND",
          `Could not resolve to a ProjectV2 with the number ${number}.`,
        );
      }
      return projectNode(ctx, project);
    },
    projectsV2: (
      args: ConnectionArgs & { query?: string | null; orderBy?: Order },
      _ctx: unknown,
      info: { fieldName: string },
    ) => {
      const visible = canSeeProjectsOf(ctx, user.login) ? ctx.store.projectsOf(user.login) : [];
      const order = args.orderBy ?? { field: "NUMBER", direction: "DESC" };
      const key = (p: (typeof visible)[number]): number | string =>
        order.field === "TITLE"
          ? p.title.toLowerCase()
          : order.field === "CREATED_AT"
            ? p.createdAt.getTime()
            : order.field === "UPDATED_AT"
              ? p.updatedAt.getTime()
              : p.number;
      const sorted = visible
        .filter((p) => matchesQuery(p.title, p.closed, args.query))
        .sort(
          (a, b) =>
            (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (order.direction === "ASC" ? 1 : -1),
        );
      return paginateConnection(
        sorted.map((p) => projectNode(ctx, p)),
        args,
        info,
      );
    },
  };
}

/** The actor node of a login the store knows, or null. */
export function actorNodeOf(ctx: SimContext, login: string): Record<string, unknown> | null {
  const user = ctx.store.user(login);
  return user ? actorNode(ctx, user) : null;
}
