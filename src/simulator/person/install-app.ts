import type { WebhookEvent } from "../sim-context.js";
import type { RepoRecord } from "../store/records.js";
import {
  buildInstallationCreated,
  buildRepositoriesAdded,
} from "../webhooks/build-installation-events.js";
import { deliverEvents, repoNamed, type PersonContext } from "./person-context.js";

/** Who installs the app where: on every repository of the account, or on those named. */
export interface InstallAppInput {
  account: string;
  /** `owner/name` of each repository chosen ("Only select repositories"); all of the account's when omitted. */
  repositories?: string[];
  /** Who clicks Install (default: the account itself). */
  user?: string;
}

function reposOf(pc: PersonContext, input: InstallAppInput): RepoRecord[] {
  if (input.repositories) return input.repositories.map((name) => repoNamed(pc, name));
  const owner = input.account.toLowerCase();
  return [...pc.ctx.store.repos.values()].filter((repo) => repo.owner.toLowerCase() === owner);
}

function event(pc: PersonContext, input: InstallAppInput, added: boolean): WebhookEvent {
  const build = added ? buildRepositoriesAdded : buildInstallationCreated;
  return build(pc.ctx, {
    account: input.account,
    selection: input.repositories ? "selected" : "all",
    repos: reposOf(pc, input),
    sender: input.user ?? input.account,
  });
}

/**
 * Installs the app on an account: `installation.created`, naming the repositories,
 * which GitHub sends to every app whatever its subscriptions. (The simulator serves one
 * installation id for every account; this is the event, not a gate on tokens.)
 */
export function installApp(pc: PersonContext, input: InstallAppInput): Promise<string[]> {
  return deliverEvents(pc, [event(pc, input, false)]);
}

/** Adds repositories to the installation: `installation_repositories.added`. */
export function addInstallationRepositories(
  pc: PersonContext,
  input: InstallAppInput & { repositories: string[] },
): Promise<string[]> {
  return deliverEvents(pc, [event(pc, input, true)]);
}
