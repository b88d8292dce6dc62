import { buildCheckRunEvent } from "../webhooks/build-check-run-event.js";
import { deliverEvents, repoNamed, type PersonContext } from "./person-context.js";

/** A person pressing "Re-run" on a check run of the PR's checks tab. */
export interface RerunCheckInput {
  repo: string;
  /** The check run, e.g. the id of `mlops/evaluation` on the PR head. */
  checkRunId: number;
  /** Who pressed it; default `alice`. */
  user?: string;
}

/**
 * Delivers `check_run.rerequested`, as GitHub does, only to the app that created the run:
 * "Re-run" on a run of another app (GitHub Actions re-runs its own jobs) reaches this app
 * not at all, so nothing is delivered. Returns the delivery ids (none then).
 */
export async function rerunCheck(pc: PersonContext, input: RerunCheckInput): Promise<string[]> {
  const repo = repoNamed(pc, input.repo);
  const run = pc.ctx.store.checkRuns.get(input.checkRunId);
  if (!run || run.repo !== `${repo.owner}/${repo.name}`)
    throw new Error(`simulator: ${input.repo} has no check run ${input.checkRunId}`);
  if (run.appId !== pc.ctx.appId) return [];
  const event = buildCheckRunEvent(pc.ctx, "rerequested", run, input.user ?? "alice");
  return deliverEvents(pc, [event]);
}
