import type { Context } from "probot";
import type { ConfigSource } from "../../config/load-config.js";
import type { AppContext } from "../support/app-context.js";

/**
 * Reads a repository's `.github/mlops.yml` from an event that names no repository
 * (`installation`, `installation_repositories`): the installation's client and that
 * repository, so `_extends` and the owner's `.github` repository work as on every other event.
 */
export function repoConfigSource(
  context: AppContext & Pick<Context, "id" | "name">,
  repo: { owner: string; repo: string },
): ConfigSource {
  return { octokit: context.octokit, repo: () => repo };
}
