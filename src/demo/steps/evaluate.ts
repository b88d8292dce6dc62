import { readRegion } from "../../domain/cards/card-region.js";
import { metricsArtifact } from "../../simulator/index.js";
import { requireRef, type DemoWorld } from "../demo-world.js";

/** The release PR's head commit. */
const headSha = "4e1f0c2d9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e";

/** metrics.json as the GPU evaluation job writes it (the contract's example, version 2.4.0). */
function metricsJson(accuracy: number, f1: number, run: number) {
  return {
    model: "fraud-detector",
    version: "2.4.0",
    metrics: { accuracy, f1, latency_p95_ms: 41.2 },
    slices: {
      "region=EU": { accuracy: accuracy - 0.014 },
      "region=US": { accuracy: accuracy + 0.009 },
    },
    baseline: { accuracy: 0.925, f1: 0.871, latency_p95_ms: 44.0 },
    dataset: { name: "transactions", version: "2026-11-01" },
    params: { lr: 0.001, epochs: 20 + run * 10 },
    runner: { gpu: "NVIDIA A10G", gpu_count: 1, duration_s: 790 + run * 22 },
  };
}

/** Lifecycle step 2: the release PR, two evaluation runs, the sticky comment and the card. */
export async function playEvaluation(world: DemoWorld): Promise<void> {
  const { sim, repo, refs } = world;
  const experiment = requireRef(refs, "experiment");
  const deployment = requireRef(refs, "deployment");
  world.step("2b. A release PR closes the experiment and the deployment; the GPU evaluation runs");
  const pr = await sim.openPullRequest({
    repo,
    title: "fraud-detector 2.4.0: merchant embeddings",
    body: `Closes #${experiment}\nCloses #${deployment}\n\nTrains and ships 2.4.0.`,
    head: "release/fraud-detector-2.4.0",
    sha: headSha,
    user: "alice",
  });
  refs.pr = pr.number;
  world.say(`PR #${pr.number} opened; .github/workflows/ml-evaluate.yml runs on a GPU runner`);
  world.reportAppWrites();
  for (const [run, accuracy, f1] of [
    [1, 0.931, 0.884],
    [2, 0.938, 0.889],
  ] as const) {
    world.clock.advance(20 * 60_000);
    await sim.completeWorkflowRun({
      repo,
      pull: pr.number,
      conclusion: "success",
      artifacts: [metricsArtifact(metricsJson(accuracy, f1, run))],
    });
    const check = [...sim.store.checkRuns.values()].find(
      (c) => c.name === "mlops/evaluation" && c.headSha === headSha,
    );
    world.say(`run ${run} uploaded mlops-metrics (accuracy ${accuracy}):`);
    world.say(`mlops/evaluation → ${check?.conclusion}: ${check?.output.title}`);
    world.reportAppWrites();
  }
  const comments = sim.issue(repo, pr.number)?.comments ?? [];
  world.say(`PR #${pr.number} has ${comments.length} metrics comment, updated in place`);
  world.show(`PR #${pr.number} comment`, comments[0]?.body ?? "");
  const card = sim.issue(repo, experiment)?.body ?? "";
  world.show(`experiment #${experiment} ### Results`, readRegion(card, "results") ?? "");
}
