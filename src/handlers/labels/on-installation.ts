import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { listInstallationRepos } from "../../github/installations/list-installation-repos.js";
import type { LabelKeeper } from "./create-label-keeper.js";
import { repoConfigSource } from "./repo-config-source.js";

type InstallEvent = "installation.created" | "installation_repositories.added";

/**
 * The `owner/name` of each repository an installation event names; when
 * `installation.created` lists none (the field is optional), every repository the
 * installation reaches, asked of GitHub.
 */
async function namedRepos(context: Context<InstallEvent>): Promise<string[]> {
  const { payload } = context;
  const repos = "repositories_added" in payload ? payload.repositories_added : payload.repositories;
  if (repos === undefined) return listInstallationRepos(context.octokit);
  return repos.map((repo) => repo.full_name);
}

/**
 * `installation.created` / `installation_repositories.added` (GitHub sends both to every
 * app): the labels of each repository named, where missing, one repository after another.
 * Each repository's own `.github/mlops.yml` names them; a repository whose file is
 * invalid is skipped with a log line (it gets its labels when the app first acts there,
 * after the file is fixed). One repository failing does not stop the others; the handler
 * throws at the end so the failure is reported. A redelivery retries only when that happens
 * within Probot's ~9 s reply (a long install is recorded by GitHub as delivered); what is
 * left is then created the first time the app acts in that repository (the fallback).
 */
export function onInstallation(keeper: LabelKeeper) {
  return async (context: Context<InstallEvent>): Promise<void> => {
    const installationId = context.payload.installation.id;
    const failed: string[] = [];
    for (const fullName of await namedRepos(context)) {
      const [owner = "", repo = ""] = fullName.split("/");
      try {
        const loaded = await loadConfig(repoConfigSource(context, { owner, repo }));
        if (!loaded.ok) {
          context.log.warn(
            { repo: fullName, file: loaded.error.file },
            "labels skipped: config error",
          );
          continue;
        }
        const names = loaded.config.labels;
        const created = await keeper.ensure(
          context.octokit,
          { owner, repo },
          names,
          installationId,
        );
        context.log.info({ repo: fullName, created }, "labels ensured");
      } catch (error) {
        context.log.error({ repo: fullName, err: error }, "labels not ensured");
        failed.push(fullName);
      }
    }
    if (failed.length > 0) throw new Error(`labels not ensured in ${failed.join(", ")}`);
  };
}
