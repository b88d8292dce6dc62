import { expect, test } from "vitest";
import { buildZip as buildRawZip } from "../github/artifacts/build-zip.js";
import { buildZip } from "../../src/simulator/index.js";
import {
  HEAD_SHA,
  REPO,
  evaluationChecks,
  metricsArtifact,
  setupEvaluation,
  writesOf,
} from "../handlers/evaluation/evaluation-fixtures.js";

const MiB = 1024 * 1024;
const artifact = (zip: Uint8Array) => [{ name: "mlops-metrics", zip }];

type Case = {
  name: string;
  conclusion?: "success" | "failure" | "cancelled" | "timed_out";
  artifacts?: () => Array<{ name: string; zip: Uint8Array }>;
  check: "failure";
  title: string;
  says: string;
};

const cases: Case[] = [
  {
    name: "no artifact",
    check: "failure",
    title: "No metrics artifact",
    says: "uploaded no artifact named **mlops-metrics**",
  },
  {
    name: "an artifact without the file",
    artifacts: () => artifact(buildZip({ "results.json": "{}" })),
    check: "failure",
    title: "metrics.json is missing from the metrics artifact",
    says: "it holds results.json",
  },
  {
    name: "a file that is not JSON",
    artifacts: () => artifact(buildZip({ "metrics.json": '{"model": "m",' })),
    check: "failure",
    title: "metrics.json is not valid JSON",
    says: "line 1",
  },
  {
    name: "a file without model",
    artifacts: () => artifact(buildZip({ "metrics.json": '{"metrics": {"accuracy": 0.9}}' })),
    check: "failure",
    title: "metrics.json does not match the metrics format",
    says: "model: expected a string, got nothing (the key is missing)",
  },
  {
    name: "a metric that is not a finite number",
    artifacts: () =>
      artifact(buildZip({ "metrics.json": '{"model": "m", "metrics": {"accuracy": NaN}}' })),
    check: "failure",
    title: "metrics.json does not match the metrics format",
    says: "metrics.accuracy: expected a finite number, got NaN",
  },
  {
    name: "a file too large",
    artifacts: () => artifact(buildZip({ "metrics.json": Buffer.alloc(6 * MiB, 0x20) })),
    check: "failure",
    title: "The metrics artifact is too large",
    says: "the limit is 5.0 MiB",
  },
  {
    name: "a zip bomb",
    artifacts: () =>
      artifact(
        buildRawZip([
          { name: "metrics.json", data: Buffer.alloc(64 * MiB, 0x20), declaredSize: 200 },
        ]),
      ),
    check: "failure",
    title: "The metrics artifact was refused",
    says: "reading stopped there",
  },
  {
    name: "a failed run",
    conclusion: "failure",
    check: "failure",
    title: "The evaluation run failed",
    says: "ended as failure",
  },
  {
    name: "a timed-out run",
    conclusion: "timed_out",
    check: "failure",
    title: "The evaluation run failed",
    says: "ended as timed\\_out",
  },
  {
    name: "a cancelled run",
    conclusion: "cancelled",
    // Not neutral: GitHub counts a required neutral check as passing.
    check: "failure",
    title: "The evaluation run was cancelled",
    says: "were not judged",
  },
];

test.each(cases)("$name: the gate and one PR note say why and how to fix it, once", async (c) => {
  const { sim, pr, experiment } = await setupEvaluation();
  const card = sim.issue(REPO, experiment)?.body;
  const { deliveryIds } = await sim.completeWorkflowRun({
    repo: REPO,
    headSha: HEAD_SHA,
    headBranch: "release-2.4",
    conclusion: c.conclusion ?? "success",
    artifacts: c.artifacts?.() ?? [],
  });
  for (const id of deliveryIds) await sim.redeliver(id);
  expect(sim.failedDeliveries).toEqual([]);

  const checks = evaluationChecks(sim);
  expect(checks).toHaveLength(1);
  expect(checks[0]?.conclusion).toBe(c.check);
  expect(checks[0]?.output.title).toContain(c.title);
  expect(checks[0]?.output.summary).toContain("**Fix:**");
  const comments = sim.issue(REPO, pr)?.comments ?? [];
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain("Evaluation not judged");
  expect(comments[0]?.body).toContain(c.says);
  // Nothing else changes: no metrics comment, the card and its column as they were.
  expect(sim.issue(REPO, experiment)?.body).toBe(card);
  expect(sim.board("acme", 1)?.items.find((i) => i.number === experiment)?.values.Status).toBe(
    "Experiment",
  );
});

test("a run without the artifact of another workflow (CI failing) is not an evaluation: ignored", async () => {
  const { sim } = await setupEvaluation();
  for (const conclusion of ["success", "failure", "cancelled"] as const)
    await sim.completeWorkflowRun({
      repo: REPO,
      headSha: HEAD_SHA,
      headBranch: "release-2.4",
      conclusion,
      name: "CI",
      path: ".github/workflows/ci.yml",
    });
  expect(sim.failedDeliveries).toEqual([]);
  expect(writesOf(sim)).toEqual([]);
});

test("any workflow that uploads the artifact counts, whatever its file is called", async () => {
  const { sim } = await setupEvaluation();
  await sim.completeWorkflowRun({
    repo: REPO,
    headSha: HEAD_SHA,
    headBranch: "release-2.4",
    conclusion: "success",
    name: "GPU eval",
    path: ".github/workflows/gpu.yml",
    artifacts: [metricsArtifact()],
  });
  expect(evaluationChecks(sim)[0]?.conclusion).toBe("success");
});

test("a broken .github/mlops.yml is shown in mlops/evaluation; nothing else is written", async () => {
  const { sim, pr } = await setupEvaluation();
  sim.setFile(REPO, ".github/mlops.yml", "metrics:\n  max_regression: -1\n");
  await sim.completeWorkflowRun({
    repo: REPO,
    headSha: HEAD_SHA,
    headBranch: "release-2.4",
    conclusion: "success",
    artifacts: [metricsArtifact()],
  });
  expect(sim.failedDeliveries).toEqual([]);
  const [check] = evaluationChecks(sim);
  expect(check?.conclusion).toBe("failure");
  expect(check?.output.title).toBe("Cannot evaluate: .github/mlops.yml is invalid");
  expect(check?.output.summary).toContain("metrics.max\\_regression");
  expect(sim.issue(REPO, pr)?.comments).toEqual([]);
  expect(writesOf(sim).map((w) => w.method)).toEqual(["POST"]);
});
