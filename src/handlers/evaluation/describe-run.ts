import type { Context } from "probot";
import type { RunHead } from "../../github/runs/find-run-pull.js";

/** What the evaluation handler needs of a completed workflow run. */
export interface EvaluationRun extends RunHead {
  id: number;
  /** The run as people name it on the chart and in links: `#<run_number>`. */
  label: string;
  url: string;
  conclusion: string | null;
  /** The workflow file, e.g. `.github/workflows/ml-evaluate.yml`. */
  path: string;
  /**
   * When the run completed: the instant the live model is read at, so that a redelivery
   * later compares with the same baseline and writes nothing new.
   */
  completedAt: Date;
  /**
   * The run's head repository is not this repository (a fork's PR, or a deleted fork: GitHub
   * then sends no head repository). Such a run can upload any artifact it likes.
   */
  fromFork: boolean;
}

/** The run of a `workflow_run.completed` payload. */
export function describeRun(payload: Context<"workflow_run.completed">["payload"]): EvaluationRun {
  const run = payload.workflow_run;
  return {
    owner: payload.repository.owner.login,
    repo: payload.repository.name,
    repoId: payload.repository.id,
    id: run.id,
    label: `#${run.run_number}`,
    url: run.html_url,
    conclusion: run.conclusion,
    path: payload.workflow?.path ?? run.path,
    completedAt: new Date(run.updated_at),
    fromFork:
      run.head_repository?.full_name?.toLowerCase() !== payload.repository.full_name.toLowerCase(),
    headSha: run.head_sha,
    headBranch: run.head_branch,
    headOwner: run.head_repository?.owner?.login ?? null,
    pullRequests: run.pull_requests.flatMap((pr) =>
      pr
        ? [
            {
              number: pr.number,
              head: { sha: pr.head.sha },
              base: { repo: { id: pr.base.repo.id } },
            },
          ]
        : [],
    ),
  };
}
