import type { SimContext } from "../sim-context.js";
import type { UserRecord } from "../store/records.js";

/** GitHub's `simple-user` shape for an account (user, organization or bot). */
export function serializeUser(ctx: SimContext, user: UserRecord): Record<string, unknown> {
  const url = `${ctx.urls.api}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: user.nodeId,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: "",
    url,
    html_url: `${ctx.urls.web}/${user.type === "Bot" ? `apps/${user.login.replace(/\[bot\]$/, "")}` : user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false,
  };
}

/** The `simple-user` of a login the store knows. */
export function serializeLogin(ctx: SimContext, login: string): Record<string, unknown> {
  return serializeUser(ctx, ctx.store.requireUser(login));
}

/** The `organization-simple` shape used by webhook payloads of organization repositories. */
export function serializeOrganization(ctx: SimContext, org: UserRecord): Record<string, unknown> {
  const url = `${ctx.urls.api}/orgs/${org.login}`;
  return {
    login: org.login,
    id: org.id,
    node_id: org.nodeId,
    url,
    repos_url: `${url}/repos`,
    events_url: `${url}/events`,
    hooks_url: `${url}/hooks`,
    issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`,
    public_members_url: `${url}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
    description: null,
  };
}
