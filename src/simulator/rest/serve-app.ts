import { iso } from "../sim-context.js";
import { notFound } from "../http/http-error.js";
import type { RestContext, Route } from "../http/route-types.js";
import { serializeLogin } from "../serialize/serialize-user.js";
import { serializeRepo } from "../serialize/serialize-repo.js";
import { requireRepo } from "./lookup.js";

/** The permissions `app.yml` asks for, as the installation and token routes report them. */
export const PERMISSIONS = {
  actions: "read",
  checks: "write",
  contents: "read",
  deployments: "write",
  issues: "write",
  metadata: "read",
  organization_projects: "write",
  pull_requests: "write",
};

/** The app's installation on an account, as GitHub shows it; 404 when it is not installed there. */
function installation(ctx: RestContext, account: string): Record<string, unknown> {
  const id = ctx.store.installations.of(account);
  if (id === null) throw notFound();
  return {
    id,
    account: serializeLogin(ctx, account),
    app_id: ctx.appId,
    app_slug: ctx.botLogin.replace(/\[bot\]$/, ""),
    target_type: ctx.store.requireUser(account).type,
    permissions: PERMISSIONS,
    events: [],
    repository_selection: "all",
  };
}

/** The app's own endpoints (JWT): installation tokens and lookups; plus repository get. */
export const appRoutes: Route[] = [
  {
    method: "GET",
    pattern: "/app",
    auth: "app",
    handler: (ctx) => {
      const slug = ctx.botLogin.replace(/\[bot\]$/, "");
      return {
        status: 200,
        body: {
          id: ctx.appId,
          slug,
          name: slug,
          owner: null,
          permissions: PERMISSIONS,
          events: [],
        },
      };
    },
  },
  {
    method: "POST",
    pattern: "/app/installations/{installation_id}/access_tokens",
    auth: "app",
    handler: (ctx, req) => {
      const installationId = Number(req.params.installation_id);
      if (!ctx.store.installations.exists(installationId)) throw notFound();
      const expiresAt = new Date(ctx.store.now().getTime() + 3_600_000);
      return {
        status: 201,
        body: {
          token: ctx.mintToken(installationId),
          expires_at: iso(expiresAt),
          permissions: PERMISSIONS,
          repository_selection: "all",
        },
      };
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/installation",
    auth: "app",
    handler: (ctx, req) => ({ status: 200, body: installation(ctx, requireRepo(ctx, req).owner) }),
  },
  {
    // Only organizations: a user's installation is `/users/{username}/installation` (404 here).
    method: "GET",
    pattern: "/orgs/{org}/installation",
    auth: "app",
    handler: (ctx, req) => {
      const org = ctx.store.user(req.params.org ?? "");
      if (org?.type !== "Organization") throw notFound();
      return { status: 200, body: installation(ctx, org.login) };
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}",
    handler: (ctx, req) => ({ status: 200, body: serializeRepo(ctx, requireRepo(ctx, req)) }),
  },
];
