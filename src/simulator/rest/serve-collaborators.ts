import { HttpError } from "../http/http-error.js";
import type { Route } from "../http/route-types.js";
import type { RepoRole } from "../store/records.js";
import { serializeUser } from "../serialize/serialize-user.js";
import { requireRepo } from "./lookup.js";

const RANK: Record<RepoRole, number> = { read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/** The legacy `permission` value: maintain reads as write and triage as read. */
const LEGACY: Record<RepoRole, string> = {
  read: "read",
  triage: "read",
  write: "write",
  maintain: "write",
  admin: "admin",
};

/**
 * `GET /repos/{o}/{r}/collaborators/{username}/permission`: `permission` (legacy),
 * `role_name` and the user with its permission flags. Anyone may read a public
 * repository, so a stranger gets `read` there and `none` on a private one.
 */
export const collaboratorRoutes: Route[] = [
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/collaborators/{username}/permission",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const user = ctx.store.user(req.params.username ?? "");
      if (!user) {
        throw new HttpError(404, {
          message: `${req.params.username ?? ""} is not a user`,
          documentation_url: "https://docs.github.com/rest/collaborators/collaborators",
          status: "404",
        });
      }
      const role =
        repo.collaborators.get(user.login.toLowerCase()) ?? (repo.private ? undefined : "read");
      const rank = role ? RANK[role] : 0;
      const permissions = {
        admin: rank >= RANK.admin,
        maintain: rank >= RANK.maintain,
        push: rank >= RANK.write,
        triage: rank >= RANK.triage,
        pull: rank >= RANK.read,
      };
      const roleName = role ?? "none";
      return {
        status: 200,
        body: {
          permission: role ? LEGACY[role] : "none",
          role_name: roleName,
          user: { ...serializeUser(ctx, user), permissions, role_name: roleName },
        },
      };
    },
  },
];
