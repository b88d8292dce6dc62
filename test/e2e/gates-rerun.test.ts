import { expect, test } from "vitest";
import app from "../../src/index.js";
import { startSimulatedApp } from "../../src/simulator/index.js";
import { setupSimulator } from "../simulator/setup-simulator.js";
import {
  checkRun,
  openClosingPull,
  openDeploymentIssue,
  sha,
  tickBoxes,
} from "./gates-fixtures.js";

test('"Re-run" on mlops/checklist: boxes ticked while the app was down count, the same check is rewritten', async () => {
  const { sim } = await setupSimulator(app);
  const issue = await openDeploymentIssue(sim);
  await openClosingPull(sim, issue, sha("e1"));
  const before = checkRun(sim, sha("e1"));
  expect(before.conclusion).toBe("failure");
  // The app misses the edit (down, or the delivery failed for good).
  sim.disconnect();
  await tickBoxes(sim, { number: issue, user: "bob" });
  const running = await startSimulatedApp(sim, app);
  expect(checkRun(sim, sha("e1")).conclusion).toBe("failure");
  const ids = await sim.rerunCheck({ repo: "acme/models", checkRunId: before.id });
  expect(ids).toHaveLength(1);
  expect(sim.failedDeliveries).toEqual([]);
  const after = checkRun(sim, sha("e1"));
  expect(after.id).toBe(before.id);
  expect(after.conclusion).toBe("success");
  expect(after.output.title).toBe("All 5 checklist items ticked");
  running.stop();
});

test('"Re-run" on mlops/checklist with a broken config: the check names the file and the key', async () => {
  const { sim } = await setupSimulator(app);
  const issue = await openDeploymentIssue(sim);
  await openClosingPull(sim, issue, sha("e2"));
  const run = checkRun(sim, sha("e2"));
  sim.setFile("acme/models", ".github/mlops.yml", "labels:\n  deployment: 42\n");
  await sim.rerunCheck({ repo: "acme/models", checkRunId: run.id });
  expect(sim.failedDeliveries).toEqual([]);
  const after = checkRun(sim, sha("e2"));
  expect(after.conclusion).toBe("failure");
  expect(after.output.summary).toContain(".github/mlops.yml");
  expect(after.output.summary).toContain("labels.deployment");
});

test('"Re-run" on another check of the app: no request at all (mlops/evaluation has its own handler)', async () => {
  const { sim, octokit } = await setupSimulator(app);
  const issue = await openDeploymentIssue(sim);
  await openClosingPull(sim, issue, sha("e3"));
  const { data } = await octokit.rest.checks.create({
    owner: "acme",
    repo: "models",
    name: "mlops/other",
    head_sha: sha("e3"),
    status: "completed",
    conclusion: "neutral",
    output: { title: "other", summary: "other" },
  });
  sim.resetRequests();
  await sim.rerunCheck({ repo: "acme/models", checkRunId: data.id });
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.requests.filter((r) => !r.path.endsWith("/access_tokens"))).toEqual([]);
});
