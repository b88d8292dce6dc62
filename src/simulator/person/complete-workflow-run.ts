import type { ArtifactRecord } from "../store/records.js";
import { createWorkflowRun } from "../ops/create-workflow-run.js";
import { openPullsAt } from "../ops/open-pulls-at.js";
import { buildWorkflowRunEvent } from "../webhooks/build-workflow-run-event.js";
import { deliverEvents, issueNumbered, repoNamed, type PersonContext } from "./person-context.js";

/** A finished GitHub Actions run and the artifacts it uploaded. */
export interface CompleteWorkflowRunInput {
  repo: string;
  /** A PR of `repo` the run ran on: `headSha` and `headBranch` default to its head. */
  pull?: number;
  /** The commit the run ran on; required without `pull`. */
  headSha?: string;
  /** The branch the run ran on; required without `pull`. */
  headBranch?: string;
  /**
   * PR numbers the run belongs to. Default: the open PRs of the repository whose head
   * is this SHA on this branch of this repository. Pass `[]` for runs from forks.
   */
  pullRequests?: number[];
  conclusion:
    "success" | "failure" | "cancelled" | "neutral" | "skipped" | "timed_out" | "action_required";
  artifacts?: Array<{ name: string; zip: Uint8Array }>;
  /** Workflow name and path; default `ML evaluate` in `.github/workflows/ml-evaluate.yml`. */
  name?: string;
  path?: string;
  event?: string;
  /** `owner/name` of the head repository (a fork); default the repository. */
  headRepo?: string;
  /** Who triggered the run; default the PR author, else `github-actions[bot]`. */
  user?: string;
}

/** Artifacts expire after 90 days by default on GitHub. */
const RETENTION_MS = 90 * 86_400_000;

/** The run's head: given, or the head of `input.pull`. */
function headOf(pc: PersonContext, input: CompleteWorkflowRunInput) {
  const pull =
    input.pull === undefined ? undefined : issueNumbered(pc, input.repo, input.pull).pull;
  if (input.pull !== undefined && !pull)
    throw new Error(`simulator: ${input.repo}#${input.pull} is not a pull request`);
  const headSha = input.headSha ?? pull?.headSha;
  const headBranch = input.headBranch ?? pull?.headRef;
  if (headSha === undefined || headBranch === undefined)
    throw new Error("simulator: completeWorkflowRun needs `pull` or `headSha` and `headBranch`");
  return { headSha, headBranch };
}

/** Records the run and its artifacts, then delivers `workflow_run.completed`. */
export async function completeWorkflowRun(
  pc: PersonContext,
  input: CompleteWorkflowRunInput,
): Promise<{ runId: number; artifactIds: number[]; deliveryIds: string[] }> {
  const { store } = pc.ctx;
  const repo = repoNamed(pc, input.repo);
  const fullName = `${repo.owner}/${repo.name}`;
  const headRepo = input.headRepo ?? fullName;
  const { headSha, headBranch } = headOf(pc, input);
  const pulls =
    input.pullRequests ??
    openPullsAt(repo, headSha)
      .filter((i) => i.pull?.headRepo === headRepo && headRepo === fullName)
      .map((i) => i.number);
  const author = pulls.length > 0 ? repo.issues.get(pulls[0] as number)?.user : undefined;
  const run = createWorkflowRun(store, {
    repo: fullName,
    name: input.name ?? "ML evaluate",
    path: input.path ?? ".github/workflows/ml-evaluate.yml",
    headSha,
    headBranch,
    headRepo,
    event: input.event ?? "pull_request",
    status: "completed",
    conclusion: input.conclusion,
    pullRequests: pulls,
    actor: input.user ?? author ?? "github-actions[bot]",
  });
  const artifactIds = (input.artifacts ?? []).map((a) => {
    const artifactId = store.nextId();
    store.artifacts.set(
      artifactId,
      store.register<ArtifactRecord>({
        kind: "artifact",
        id: artifactId,
        nodeId: store.nodeIdFor("MDg", artifactId),
        repo: fullName,
        runId: run.id,
        name: a.name,
        zip: a.zip,
        createdAt: run.createdAt,
        expiresAt: new Date(run.createdAt.getTime() + RETENTION_MS),
      }),
    );
    return artifactId;
  });
  const event = buildWorkflowRunEvent(pc.ctx, "completed", run, run.actor);
  return { runId: run.id, artifactIds, deliveryIds: await deliverEvents(pc, [event]) };
}
