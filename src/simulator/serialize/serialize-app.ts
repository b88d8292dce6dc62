import { iso, type SimContext } from "../sim-context.js";

/** The GitHub App object (`integration`) for the bot, as check runs and comments show it. */
export function serializeApp(ctx: SimContext): Record<string, unknown> {
  const slug = ctx.botLogin.replace(/\[bot\]$/, "");
  const owner = [...ctx.store.users.values()].find((u) => u.type === "Organization");
  return {
    id: ctx.appId,
    slug,
    node_id: ctx.store.nodeIdFor("A", ctx.appId),
    client_id: "Iv1.simulated",
    owner: owner ? { login: owner.login, id: owner.id, type: owner.type } : null,
    name: slug,
    description: "",
    external_url: `${ctx.urls.web}/apps/${slug}`,
    html_url: `${ctx.urls.web}/apps/${slug}`,
    created_at: iso(new Date(0)),
    updated_at: iso(new Date(0)),
    permissions: {},
    events: [],
  };
}

/** The GitHub Actions app: what a workflow's `GITHUB_TOKEN` acts as (its id is GitHub's). */
export const GITHUB_ACTIONS_APP = { id: 15368, slug: "github-actions" } as const;

/** The GitHub Actions app object as GitHub shows it on the check runs workflows create. */
export function serializeActionsApp(ctx: SimContext): Record<string, unknown> {
  const { id, slug } = GITHUB_ACTIONS_APP;
  return {
    id,
    slug,
    node_id: "MDM6QXBwMTUzNjg=",
    client_id: "Iv1.05c79e9ad1f6bdfa",
    owner: { login: "github", id: 9919, type: "Organization" },
    name: "GitHub Actions",
    description: "Automate your workflow from idea to production",
    external_url: "https://help.github.com/en/actions",
    html_url: `${ctx.urls.web}/apps/${slug}`,
    created_at: "2018-07-30T09:30:17Z",
    updated_at: "2024-04-10T20:33:16Z",
    permissions: { checks: "write", contents: "write", metadata: "read" },
    events: ["check_run", "check_suite", "workflow_dispatch"],
  };
}

/** The app object for an app id: the simulated app's own, else GitHub Actions'. */
export function serializeAppById(ctx: SimContext, appId: number): Record<string, unknown> {
  return appId === ctx.appId ? serializeApp(ctx) : serializeActionsApp(ctx);
}

/** `performed_via_github_app` for records the bot authored, else null. */
export function performedVia(ctx: SimContext, login: string): Record<string, unknown> | null {
  return login === ctx.botLogin ? serializeApp(ctx) : null;
}
