import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { RepoRecord } from "../store/records.js";
import { serializeLogin } from "../serialize/serialize-user.js";
import { webhookExample } from "../webhook-example.js";
import { PERMISSIONS } from "../rest/serve-app.js";

/** What an installation event says about the installation and the repositories it names. */
export interface InstallationEventInput {
  account: string;
  selection: "all" | "selected";
  repos: RepoRecord[];
  /** Who installed the app or added the repositories. */
  sender: string;
}

/** The short repository shape installation payloads carry. */
function shortRepo(repo: RepoRecord): Record<string, unknown> {
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
  };
}

/** The installation object of the payload, in the example's shape. */
function installationOf(ctx: SimContext, input: InstallationEventInput) {
  const account = ctx.store.requireUser(input.account);
  return {
    id: ctx.installationId,
    account: serializeLogin(ctx, account.login),
    repository_selection: input.selection,
    access_tokens_url: `${ctx.urls.api}/app/installations/${ctx.installationId}/access_tokens`,
    app_id: ctx.appId,
    app_slug: ctx.botLogin.replace(/\[bot\]$/, ""),
    target_id: account.id,
    target_type: account.type,
    repositories_url: `${ctx.urls.api}/installation/repositories`,
    html_url: `${ctx.urls.web}/settings/installations/${ctx.installationId}`,
    permissions: PERMISSIONS,
    events: [],
    created_at: Math.floor(ctx.store.now().getTime() / 1000),
    updated_at: Math.floor(ctx.store.now().getTime() / 1000),
    single_file_name: null,
    suspended_at: null,
    suspended_by: null,
  };
}

/** `installation.created`: the app was installed on an account, for these repositories. */
export function buildInstallationCreated(
  ctx: SimContext,
  input: InstallationEventInput,
): WebhookEvent {
  const example = webhookExample("installation", "created", ctx.installationId);
  const payload = {
    ...example,
    installation: installationOf(ctx, input),
    repositories: input.repos.map(shortRepo),
    sender: serializeLogin(ctx, input.sender),
  };
  delete (payload as Record<string, unknown>).requester;
  return { name: "installation", payload };
}

/** `installation_repositories.added`: repositories added to an existing installation. */
export function buildRepositoriesAdded(
  ctx: SimContext,
  input: InstallationEventInput,
): WebhookEvent {
  const example = webhookExample("installation_repositories", "added", ctx.installationId);
  const payload = {
    ...example,
    installation: installationOf(ctx, input),
    repository_selection: input.selection,
    repositories_added: input.repos.map(shortRepo),
    repositories_removed: [],
    sender: serializeLogin(ctx, input.sender),
  };
  return { name: "installation_repositories", payload };
}
