import { expect, test } from "vitest";
import app from "../../src/index.js";
import { setupSimulator } from "../simulator/setup-simulator.js";
import { checkRun, openDeploymentIssue, sha, tickBoxes } from "./gates-fixtures.js";

/** A release PR into `release/2.4` (not the default branch) whose body closes the deployment issue. */
async function releaseBranchPr(seed: string) {
  const setup = await setupSimulator(app);
  const issue = await openDeploymentIssue(setup.sim);
  const pr = await setup.sim.openPullRequest({
    repo: "acme/models",
    title: "Release 2.4.0",
    body: `Closes #${issue}`,
    head: "release-2.4.0",
    base: "release/2.4",
    sha: sha(seed),
    user: "alice",
  });
  return { ...setup, issue, pr: pr.number };
}

test("GitHub links no closing issue for a PR into a release branch, as the simulator answers", async () => {
  const { octokit, issue, pr } = await releaseBranchPr("f0");
  const answer = await octokit.graphql<{
    repository: {
      pullRequest: { closingIssuesReferences: { totalCount: number } };
      issue: { closedByPullRequestsReferences: { totalCount: number } };
    };
  }>(
    `query($pr: Int!, $issue: Int!) { repository(owner: "acme", name: "models") {
      pullRequest(number: $pr) { closingIssuesReferences(first: 5) { totalCount } }
      issue(number: $issue) { closedByPullRequestsReferences(first: 5) { totalCount } } } }`,
    { pr, issue },
  );
  expect(answer.repository.pullRequest.closingIssuesReferences.totalCount).toBe(0);
  expect(answer.repository.issue.closedByPullRequestsReferences.totalCount).toBe(0);
});

test("a release-branch PR: mlops/checklist reads the deployment issue its body closes, and ticking the issue's boxes turns it green", async () => {
  const { sim, issue } = await releaseBranchPr("f1");
  expect(sim.failedDeliveries).toEqual([]);
  const before = checkRun(sim, sha("f1"));
  expect(before.conclusion).toBe("failure");
  expect(before.output.title).toBe("5 of 5 checklist items unticked");
  expect(before.output.summary).toContain(
    `- ⬜ Model validated — [\\#${issue}](https://github.com/acme/models/issues/${issue})`,
  );
  await tickBoxes(sim, { number: issue, user: "bob" });
  expect(sim.failedDeliveries).toEqual([]);
  const after = checkRun(sim, sha("f1"));
  expect(after.conclusion).toBe("success");
  expect(after.output.title).toBe("All 5 checklist items ticked");
});

test("a release-branch PR whose body names another repository's issue: that one is not read", async () => {
  const { sim } = await setupSimulator(app);
  sim.addRepo("acme/other");
  sim.addLabel("acme/other", "ml-deployment");
  const opened = await sim.openIssue({
    repo: "acme/other",
    title: "Release elsewhere",
    body: "### Checklist\n\n- [ ] Elsewhere",
    labels: ["ml-deployment"],
    user: "alice",
  });
  await sim.openPullRequest({
    repo: "acme/models",
    title: "Release",
    body: `Closes acme/other#${opened.number}\n\n- [x] Changelog written`,
    head: "rel",
    base: "release/2.4",
    sha: sha("f2"),
    user: "alice",
  });
  expect(sim.failedDeliveries).toEqual([]);
  const run = checkRun(sim, sha("f2"));
  expect(run.conclusion).toBe("success");
  expect(run.output.summary).not.toContain("acme/other");
  expect(run.output.title).toBe("All 1 checklist items ticked");
});
