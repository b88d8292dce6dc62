import { resolveRef } from "../ops/resolve-ref.js";
import { GITHUB_ACTIONS_APP } from "../serialize/serialize-app.js";
import type { CheckRunRecord } from "../store/records.js";
import { repoNamed, type PersonContext } from "./person-context.js";

/** A check run a workflow job creates with its `GITHUB_TOKEN` (`checks: write`). */
export interface CreateActionsCheckRunInput {
  repo: string;
  /** A SHA or a branch of the repository. */
  headSha: string;
  /** Any name, the app's own included (`mlops/evaluation`): GitHub does not reserve names. */
  name: string;
  conclusion: "success" | "failure" | "neutral" | "cancelled" | "skipped" | "timed_out";
  title?: string;
  summary?: string;
}

/**
 * Records a completed check run created by GitHub Actions (app id 15368), as any workflow
 * with `checks: write` can. The app does not subscribe to `check_run`, so nothing is
 * delivered: the run only shows up in the app's later reads.
 */
export function createActionsCheckRun(
  pc: PersonContext,
  input: CreateActionsCheckRunInput,
): { id: number } {
  const { store } = pc.ctx;
  const repo = repoNamed(pc, input.repo);
  const headSha = resolveRef(pc.ctx, repo, input.headSha) ?? input.headSha;
  const id = store.nextId();
  const now = store.now();
  const run = store.register<CheckRunRecord>({
    kind: "check_run",
    id,
    nodeId: store.nodeIdFor("CR", id),
    repo: `${repo.owner}/${repo.name}`,
    appId: GITHUB_ACTIONS_APP.id,
    name: input.name,
    headSha,
    status: "completed",
    conclusion: input.conclusion,
    startedAt: now,
    completedAt: now,
    detailsUrl: null,
    externalId: "",
    output: { title: input.title ?? null, summary: input.summary ?? null, text: null },
    annotationsCount: 0,
  });
  store.checkRuns.set(id, run);
  return { id };
}
