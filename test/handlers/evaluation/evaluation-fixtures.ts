import app from "../../../src/index.js";
import { metricsArtifact as zipMetrics } from "../../../src/simulator/index.js";
import { deploymentAnswers, issueForm } from "../../helpers/issue-form.js";
import { setupSimulator } from "../../simulator/setup-simulator.js";

export const REPO = "acme/models";
export const HEAD_SHA = "a1".repeat(20);

/** The contract's example metrics.json, as a team's evaluation job writes it. */
export function metricsFile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    model: "fraud-detector",
    version: "2.4.0",
    metrics: { accuracy: 0.931, f1: 0.884, latency_p95_ms: 41.2 },
    slices: { "region=EU": { accuracy: 0.917 }, "region=US": { accuracy: 0.94 } },
    baseline: { accuracy: 0.925 },
    dataset: { name: "transactions", version: "2026-11-01" },
    params: { lr: 0.001, epochs: 20 },
    runner: { gpu: "NVIDIA A10G", gpu_count: 1, duration_s: 812 },
    ...overrides,
  };
}

/** The artifact `mlops-metrics` holding `metrics.json`. */
export function metricsArtifact(file: unknown = metricsFile()) {
  return zipMetrics(file);
}

const experimentForm = issueForm({
  Model: "fraud-detector",
  Version: "2.4.0",
  Hypothesis: "Merchant embeddings raise accuracy.",
});

const deploymentForm = issueForm({ ...deploymentAnswers, "Rollback plan": "Back to 2.3.0." });

/**
 * The app on the simulator with an experiment card (#1), a deployment card (#2) and the
 * release PR (#3) that closes both, head `HEAD_SHA` on branch `release-2.4`.
 */
export async function setupEvaluation(options: { config?: string } = {}) {
  const setup = await setupSimulator(app);
  const { sim } = setup;
  if (options.config !== undefined) sim.setFile(REPO, ".github/mlops.yml", options.config);
  const experiment = await sim.openIssue({
    repo: REPO,
    title: "Merchant embeddings",
    body: experimentForm,
    labels: ["ml-experiment"],
    user: "alice",
  });
  const deployment = await sim.openIssue({
    repo: REPO,
    title: "Release 2.4.0",
    body: deploymentForm,
    labels: ["ml-deployment"],
    user: "alice",
  });
  const pr = await sim.openPullRequest({
    repo: REPO,
    title: "fraud-detector 2.4.0",
    body: `Closes #${experiment.number}\nCloses #${deployment.number}`,
    head: "release-2.4",
    sha: HEAD_SHA,
    user: "alice",
  });
  sim.resetRequests();
  return { ...setup, experiment: experiment.number, deployment: deployment.number, pr: pr.number };
}

type Sim = Awaited<ReturnType<typeof setupSimulator>>["sim"];

/** The check runs named `mlops/evaluation` on a SHA. */
export function evaluationChecks(sim: Sim, sha = HEAD_SHA) {
  return [...sim.store.checkRuns.values()].filter(
    (c) => c.name === "mlops/evaluation" && c.headSha === sha,
  );
}

/** Requests that change something on GitHub (not reads, not the token). */
export function writesOf(sim: Sim) {
  return sim.requests.filter(
    (r) =>
      !r.path.endsWith("/access_tokens") &&
      (r.graphql ? r.graphql.operation === "mutation" : r.method !== "GET"),
  );
}
