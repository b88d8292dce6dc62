import type { ConfigError } from "../../config/load-config.js";
import { upsertCheckRun, type CheckRunTarget } from "../../github/checks/upsert-check-run.js";
import type { AppContext } from "./app-context.js";

/**
 * A broken `.github/mlops.yml` shown where the person looks: the gate's check run the app
 * was about to write (upserted per name and SHA, so one message per commit however often
 * the event is redelivered), failing, so that a broken file never lets a PR through, with
 * what `render` words: the file, each key and the fix. Logged for the operator.
 */
export async function writeConfigErrorCheck(
  context: AppContext,
  target: CheckRunTarget & { detailsUrl?: string },
  error: ConfigError,
  render: (error: ConfigError) => { title: string; summary: string },
): Promise<void> {
  context.log.warn(
    { file: error.file, problems: error.problems, check: target.name },
    "invalid mlops config",
  );
  const { detailsUrl, ...where } = target;
  await upsertCheckRun(context.octokit, where, {
    conclusion: "failure",
    ...render(error),
    ...(detailsUrl !== undefined ? { detailsUrl } : {}),
  });
}
