import type { ProbotOctokit } from "probot";

type Octokit = InstanceType<typeof ProbotOctokit>;

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface CheckRunsReader {
  rest: { checks: Pick<Octokit["rest"]["checks"], "listForRef"> };
}

/** The check run as GitHub lists it. */
export type AppCheckRun = Awaited<
  ReturnType<Octokit["rest"]["checks"]["listForRef"]>
>["data"]["check_runs"][number];

/**
 * The latest check run named `name` that this app wrote on `sha`, or null. Only the app's
 * own runs (`app_id`): any workflow with `checks: write` can create a run of the same name,
 * and another app's run is not ours to read as a gate or to update (403).
 */
export async function findAppCheckRun(
  octokit: CheckRunsReader,
  target: { owner: string; repo: string; sha: string; name: string; appId: number },
): Promise<AppCheckRun | null> {
  const { data } = await octokit.rest.checks.listForRef({
    owner: target.owner,
    repo: target.repo,
    ref: target.sha,
    check_name: target.name,
    app_id: target.appId,
    filter: "latest",
    per_page: 1,
  });
  return data.check_runs[0] ?? null;
}
