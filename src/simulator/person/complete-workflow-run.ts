import type { ArtifactRecord, WorkflowRunRecord } from "../store/records.js";
import { buildWorkflowRunEvent } from "../webhooks/build-workflow-run-event.js";
import { deliverEvents, repoNamed, type PersonContext } from "./person-context.js";

/** A finished GitHub Actions run and the artifacts it uploaded. */
export interface CompleteWorkflowRunInput {
  repo: string;
  headSha: string;
  headBranch: string;
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

/** Records the run and its artifacts, then delivers `workflow_run.completed`. */
export async function completeWorkflowRun(
  pc: PersonContext,
  input: CompleteWorkflowRunInput,
): Promise<{ runId: number; artifactIds: number[]; deliveryIds: string[] }> {
  const { store } = pc.ctx;
  const repo = repoNamed(pc, input.repo);
  const fullName = `${repo.owner}/${repo.name}`;
  const headRepo = input.headRepo ?? fullName;
  const pulls =
    input.pullRequests ??
    [...repo.issues.values()]
      .filter((i) => i.pull && i.state === "open" && i.pull.headSha === input.headSha)
      .filter((i) => i.pull?.headRepo === headRepo && headRepo === fullName)
      .map((i) => i.number);
  const author = pulls.length > 0 ? repo.issues.get(pulls[0] as number)?.user : undefined;
  const now = store.now();
  const id = store.nextId();
  const run = store.register<WorkflowRunRecord>({
    kind: "workflow_run",
    id,
    nodeId: store.nodeIdFor("WFR", id),
    repo: fullName,
    name: input.name ?? "ML evaluate",
    path: input.path ?? ".github/workflows/ml-evaluate.yml",
    headSha: input.headSha,
    headBranch: input.headBranch,
    headRepo,
    event: input.event ?? "pull_request",
    status: "completed",
    conclusion: input.conclusion,
    pullRequests: pulls,
    runNumber: [...store.workflowRuns.values()].filter((r) => r.repo === fullName).length + 1,
    actor: input.user ?? author ?? "github-actions[bot]",
    createdAt: now,
    updatedAt: now,
  });
  store.workflowRuns.set(id, run);
  const artifactIds = (input.artifacts ?? []).map((a) => {
    const artifactId = store.nextId();
    store.artifacts.set(
      artifactId,
      store.register<ArtifactRecord>({
        kind: "artifact",
        id: artifactId,
        nodeId: store.nodeIdFor("MDg", artifactId),
        repo: fullName,
        runId: id,
        name: a.name,
        zip: a.zip,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RETENTION_MS),
      }),
    );
    return artifactId;
  });
  const event = buildWorkflowRunEvent(pc.ctx, "completed", run, run.actor);
  return { runId: id, artifactIds, deliveryIds: await deliverEvents(pc, [event]) };
}
