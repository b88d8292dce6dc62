import { expect, test } from "vitest";
import app from "../../src/index.js";
import { setupSimulator } from "../simulator/setup-simulator.js";
import {
  checkRun,
  deploymentForm,
  openDeploymentIssue,
  sha,
  tickBoxes,
  openClosingPull,
} from "./gates-fixtures.js";

test("a deployment issue of another repository: its Checklist counts, its history is said to be unreadable", async () => {
  const { sim } = await setupSimulator(app);
  sim.addRepo("acme/platform");
  const foreign = await openDeploymentIssue(sim, "acme/platform");
  await tickBoxes(sim, { repo: "acme/platform", number: foreign, user: "bob" });
  await sim.openPullRequest({
    repo: "acme/models",
    title: "Release",
    body: `Closes acme/platform#${foreign}`,
    head: "release",
    sha: sha("a2"),
    user: "alice",
  });
  expect(sim.failedDeliveries).toEqual([]);
  const run = checkRun(sim, sha("a2"));
  expect(run.conclusion).toBe("success");
  expect(run.output.summary).toContain(
    `| Model validated | [acme/platform\\#${foreign}](https://github.com/acme/platform/issues/${foreign}) | unknown | unknown |`,
  );
  expect(run.output.summary).toContain("is in another repository");
  expect(sim.unhandled).toEqual([]);
});

test("a PR that closes more issues than one request reads fails (a required neutral check would pass)", async () => {
  const { sim } = await setupSimulator(app);
  const deployment = await openDeploymentIssue(sim);
  await tickBoxes(sim, { number: deployment, user: "bob" });
  const others: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const opened = await sim.openIssue({ repo: "acme/models", title: `Task ${i}`, user: "alice" });
    others.push(opened.number);
  }
  const body = [deployment, ...others].map((n) => `Closes #${n}`).join("\n");
  await sim.openPullRequest({
    repo: "acme/models",
    title: "Everything",
    body,
    head: "all",
    sha: sha("a3"),
    user: "alice",
  });
  const run = checkRun(sim, sha("a3"));
  expect(run.conclusion).toBe("failure");
  expect(run.output.title).toBe("Too many linked issues to check the whole checklist");
  expect(run.output.summary).toContain("it read the first 50");
});

test("a broken .github/mlops.yml fails the check it was about to write, on the PR and on an issue edit", async () => {
  const { sim } = await setupSimulator(app);
  const issue = await openDeploymentIssue(sim);
  const pr = await openClosingPull(sim, issue, sha("a4"));
  sim.setFile("acme/models", ".github/mlops.yml", "rollout:\n  steps: [5, 200]\n");
  await sim.pushToPullRequest({
    repo: "acme/models",
    number: pr.number,
    user: "alice",
    sha: sha("a5"),
  });
  const onPush = checkRun(sim, sha("a5"));
  expect(onPush.conclusion).toBe("failure");
  expect(onPush.output.title).toBe("mlops-bot cannot use .github/mlops.yml");
  expect(onPush.output.summary).toContain(
    "| rollout.steps\\[1\\] | expected a whole number from 1 to 100",
  );
  await sim.editIssueBody({
    repo: "acme/models",
    number: issue,
    user: "bob",
    body: deploymentForm.replace("fraud-detector", "fraud-detector\n\n### Checklist\n\n- [x] Done"),
  });
  expect(checkRun(sim, sha("a5")).output.title).toBe("mlops-bot cannot use .github/mlops.yml");
  expect(sim.issue("acme/models", pr.number)?.comments).toEqual([]);
  expect(sim.failedDeliveries).toEqual([]);
});
