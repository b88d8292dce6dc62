import { expect, test } from "vitest";
import app from "../../src/index.js";
import { setupSimulator } from "../simulator/setup-simulator.js";
import { openDeploymentIssue, sha, tickBoxes, openClosingPull } from "./gates-fixtures.js";

/** A release PR on `head`, its deployment issue, and the simulator. */
async function releasePr(head: string) {
  const setup = await setupSimulator(app);
  const issue = await openDeploymentIssue(setup.sim);
  await openClosingPull(setup.sim, issue, head);
  return { ...setup, issue };
}

test("gates passing: the deploy job in the rollout environment is approved", async () => {
  const { sim, octokit, issue } = await releasePr(sha("ab1"));
  await tickBoxes(sim, { number: issue, user: "bob" });
  await octokit.rest.checks.create({
    owner: "acme",
    repo: "models",
    name: "mlops/evaluation",
    head_sha: sha("ab1"),
    status: "completed",
    conclusion: "success",
    output: { title: "Passed: fraud-detector", summary: "ok" },
  });
  const { runId } = await sim.requestDeploymentProtection({
    repo: "acme/models",
    environment: "production",
    sha: sha("ab1"),
  });
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.store.protectionReviews).toEqual([
    expect.objectContaining({ runId, environment: "production", state: "approved" }),
  ]);
  expect(sim.store.protectionReviews[0]?.comment).toBe(
    [
      "✅ mlops-bot: the gates pass for ab10000, deploying to production is approved.",
      "- mlops/checklist: success — All 5 checklist items ticked",
      "- mlops/evaluation: success — Passed: fraud-detector",
    ].join("\n"),
  );
});

test("a failing gate: rejected with a comment naming each failing gate; a redelivery is already answered", async () => {
  const { sim } = await releasePr(sha("ab2"));
  const { runId, deliveryIds } = await sim.requestDeploymentProtection({
    repo: "acme/models",
    environment: "production",
    sha: sha("ab2"),
  });
  expect(sim.store.protectionReviews).toHaveLength(1);
  const review = sim.store.protectionReviews[0];
  expect(review).toMatchObject({ runId, state: "rejected" });
  expect(review?.comment).toBe(
    [
      "❌ mlops-bot: 2 gates are failing for ab20000, deploying to production is rejected.",
      "- checklist: mlops/checklist: failure — 5 of 5 checklist items unticked",
      "- evaluation: no mlops/evaluation check run on ab20000 yet",
      "Fix them (tick the release checklist in the deployment issue, re-run the evaluation), then re-run the deploy job.",
    ].join("\n"),
  );
  sim.resetRequests();
  await sim.redeliver(deliveryIds[0] ?? "");
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.store.protectionReviews).toHaveLength(1);
  const answers = sim.requests.filter((r) => r.path.endsWith("/deployment_protection_rule"));
  expect(answers.map((r) => r.status)).toEqual([422]);
});

test("an environment that is not rollout.environment: rejected at once with the fix, never left waiting", async () => {
  const { sim } = await releasePr(sha("ab3"));
  sim.resetRequests();
  const { runId, deliveryIds } = await sim.requestDeploymentProtection({
    repo: "acme/models",
    environment: "staging",
    sha: sha("ab3"),
  });
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.store.protectionReviews).toEqual([
    {
      ...sim.store.protectionReviews[0],
      runId,
      environment: "staging",
      state: "rejected",
      comment: [
        "❌ mlops-bot gates deployments to production (rollout.environment in .github/mlops.yml), not to staging, so this job is rejected rather than left waiting.",
        "Fix: remove mlops-bot from the deployment protection rules of staging (Settings → Environments → staging), or set rollout.environment to staging; then re-run the deploy job.",
      ].join("\n"),
    },
  ]);
  // No gate is read for an environment the app does not gate; a redelivery changes nothing.
  expect(sim.requests.filter((r) => r.path.includes("/check-runs"))).toEqual([]);
  await sim.redeliver(deliveryIds[0] ?? "");
  expect(sim.store.protectionReviews).toHaveLength(1);
  sim.setFile("acme/models", ".github/mlops.yml", "rollout:\n  environment: staging\n");
  await sim.requestDeploymentProtection({
    repo: "acme/models",
    environment: "staging",
    sha: sha("ab3"),
  });
  expect(sim.store.protectionReviews.at(-1)?.comment).toMatch(
    /^❌ mlops-bot: 2 gates are failing for ab30000, deploying to staging is rejected\./,
  );
  expect(sim.failedDeliveries).toEqual([]);
});

test("rollout.require: [] approves; a broken config rejects naming the file and the key", async () => {
  const { sim } = await releasePr(sha("ab4"));
  sim.setFile("acme/models", ".github/mlops.yml", "rollout:\n  require: []\n");
  await sim.requestDeploymentProtection({
    repo: "acme/models",
    environment: "production",
    sha: sha("ab4"),
  });
  expect(sim.store.protectionReviews.at(-1)).toMatchObject({ state: "approved" });
  expect(sim.store.protectionReviews.at(-1)?.comment).toContain("lists no gates");
  sim.setFile("acme/models", ".github/mlops.yml", "rollout:\n  require: [tests]\n");
  await sim.requestDeploymentProtection({
    repo: "acme/models",
    environment: "production",
    sha: sha("ab4"),
  });
  expect(sim.store.protectionReviews.at(-1)).toMatchObject({ state: "rejected" });
  expect(sim.store.protectionReviews.at(-1)?.comment).toMatch(
    /^❌ mlops-bot cannot use \.github\/mlops\.yml, so deploying to production is rejected\.\n- rollout\.require\[0\]: /,
  );
  expect(sim.failedDeliveries).toEqual([]);
});

test("a config with 60 problems: the rejection lists 3, counts the rest, fits GitHub's 1,024 characters and reaches the job", async () => {
  const { sim } = await releasePr(sha("ab5"));
  const gates = Array.from({ length: 60 }, (_, i) => `gate-${i}`).join(", ");
  sim.setFile("acme/models", ".github/mlops.yml", `rollout:\n  require: [${gates}]\n`);
  await sim.requestDeploymentProtection({
    repo: "acme/models",
    environment: "production",
    sha: sha("ab5"),
  });
  expect(sim.failedDeliveries).toEqual([]);
  const review = sim.store.protectionReviews.at(-1);
  expect(review).toMatchObject({ state: "rejected", environment: "production" });
  expect(review?.comment.length).toBeLessThanOrEqual(1024);
  expect(review?.comment).toMatch(
    /\n- rollout\.require\[2\]: [^\n]+\n- … and 57 more problems\nFix the file on the default branch, then re-run the deploy job\.$/,
  );
});

test("the answer fails (GitHub down): the delivery fails, so it can be redelivered, and the redelivery answers", async () => {
  const { sim } = await releasePr(sha("ab6"));
  sim.injectFault({ method: "POST", path: /\/deployment_protection_rule$/, status: 500 });
  await expect(
    sim.requestDeploymentProtection({
      repo: "acme/models",
      environment: "production",
      sha: sha("ab6"),
    }),
  ).rejects.toThrow("Server Error");
  expect(sim.failedDeliveries.map((f) => f.delivery.name)).toEqual(["deployment_protection_rule"]);
  expect(sim.store.protectionReviews).toEqual([]);
  await sim.redeliver(sim.failedDeliveries[0]?.delivery.id ?? "");
  expect(sim.store.protectionReviews).toEqual([expect.objectContaining({ state: "rejected" })]);
});
