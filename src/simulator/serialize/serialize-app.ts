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

/** `performed_via_github_app` for records the bot authored, else null. */
export function performedVia(ctx: SimContext, login: string): Record<string, unknown> | null {
  return login === ctx.botLogin ? serializeApp(ctx) : null;
}
