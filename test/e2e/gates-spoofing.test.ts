import { expect, test } from "vitest";
import app from "../../src/index.js";
import { buildZip } from "../../src/simulator/index.js";
import { setupSimulator } from "../simulator/setup-simulator.js";
import { checkRuns, openDeploymentIssue, sha, tickBoxes } from "./gates-fixtures.js";

const REPO = "acme/models";
const ACTIONS_APP_ID = 15368;

/** A release PR on `head` closing its deployment issue; alice may promote. */
async function releasePr(head: string) {
  const setup = await setupSimulator(app);
  setup.sim.setPermission(REPO, "alice", "write");
  const issue = await openDeploymentIssue(setup.sim);
  const pr = await setup.sim.openPullRequest({
    repo: REPO,
    title: "Release 2.4.0",
    body: `Closes #${issue}`,
    head: "release",
    sha: head,
    user: "alice",
  });
  return { ...setup, issue, pr: pr.number };
}

/** What any workflow with `checks: write` can do: a passing run named like the app's gate. */
function spoof(sim: Awaited<ReturnType<typeof setupSimulator>>["sim"], head: string) {
  for (const name of ["mlops/checklist", "mlops/evaluation"])
    sim.createActionsCheckRun({
      repo: REPO,
      headSha: head,
      name,
      conclusion: "success",
      title: "Passed",
      summary: "trust me",
    });
}

/** The check-run lookups the app sent, as their query strings. */
function checkRunQueries(sim: Awaited<ReturnType<typeof setupSimulator>>["sim"]): string[] {
  return sim.requests
    .filter((r) => r.method === "GET" && r.path.endsWith("/check-runs"))
    .map((r) => r.query.app_id ?? "none");
}

test("an Actions-created passing mlops/evaluation and mlops/checklist do not let /promote through", async () => {
  const head = sha("5f1");
  const { sim, pr } = await releasePr(head);
  spoof(sim, head);
  sim.resetRequests();
  const { commentId } = await sim.comment({
    repo: REPO,
    number: pr,
    user: "alice",
    body: "/promote 5%",
  });
  await sim.settle();
  expect(sim.failedDeliveries).toEqual([]);
  const thread = sim.issue(REPO, pr)?.comments ?? [];
  expect(thread.find((c) => c.id === commentId)?.reactions).toEqual(["eyes", "-1"]);
  const reply = thread.filter((c) => c.user === sim.botLogin).at(-1)?.body ?? "";
  expect(reply).toContain(
    "Gates failing on 5f10000: checklist (mlops/checklist: failure — 5 of 5 checklist items unticked); evaluation (no mlops/evaluation check run on 5f10000 yet).",
  );
  expect([...sim.store.deployments.values()].filter((d) => d.creator === sim.botLogin)).toEqual([]);
  // Both gates were asked of GitHub for this app's runs only.
  expect(checkRunQueries(sim)).toEqual([String(sim.appId), String(sim.appId)]);
});

test("an Actions-created passing gate does not make the deployment protection rule approve", async () => {
  const head = sha("5f2");
  const { sim, issue } = await releasePr(head);
  await tickBoxes(sim, { number: issue, user: "bob" });
  spoof(sim, head);
  const { runId } = await sim.requestDeploymentProtection({
    repo: REPO,
    environment: "production",
    sha: head,
  });
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.store.protectionReviews).toEqual([
    expect.objectContaining({ runId, environment: "production", state: "rejected" }),
  ]);
  // The app's own checklist passes (every box ticked); the spoofed evaluation is not seen.
  expect(sim.store.protectionReviews[0]?.comment).toBe(
    [
      "❌ mlops-bot: 1 gate is failing for 5f20000, deploying to production is rejected.",
      "- evaluation: no mlops/evaluation check run on 5f20000 yet",
      "Fix them (tick the release checklist in the deployment issue, re-run the evaluation), then re-run the deploy job.",
    ].join("\n"),
  );
});

test("with spoofed runs on the head, the app creates and updates its own check runs, never theirs", async () => {
  const head = sha("5f3");
  const setup = await setupSimulator(app);
  const { sim, octokit } = setup;
  // The spoofed runs exist before the PR does: the app's first lookup already meets them.
  spoof(sim, head);
  const issue = await openDeploymentIssue(sim);
  const { number: pr } = await sim.openPullRequest({
    ...{ repo: REPO, title: "Release", body: `Closes #${issue}`, head: "release", sha: head },
    user: "alice",
  });
  await tickBoxes(sim, { number: issue, user: "bob" });
  const metrics = { model: "fraud-detector", version: "2.4.0", metrics: { accuracy: 0.93 } };
  const zip = buildZip({ "metrics.json": JSON.stringify(metrics) });
  const run = { repo: REPO, headSha: head, headBranch: "release", conclusion: "success" } as const;
  await sim.completeWorkflowRun({ ...run, artifacts: [{ name: "mlops-metrics", zip }] });
  await sim.completeWorkflowRun({ ...run, artifacts: [] });
  expect(sim.failedDeliveries).toEqual([]);
  // No PATCH was refused: the app never touched a run it did not create.
  expect(sim.requests.filter((r) => r.status === 403)).toEqual([]);

  for (const name of ["mlops/checklist", "mlops/evaluation"]) {
    const runs = checkRuns(sim, head, name);
    const theirs = runs.filter((r) => r.appId === ACTIONS_APP_ID);
    const ours = runs.filter((r) => r.appId === sim.appId);
    expect(theirs.map((r) => [r.conclusion, r.output.title])).toEqual([["success", "Passed"]]);
    expect(ours, name).toHaveLength(1);
  }
  const checklist = checkRuns(sim, head, "mlops/checklist").find((r) => r.appId === sim.appId);
  expect(checklist).toMatchObject({ conclusion: "success" });
  expect(checklist?.output.title).toBe("All 5 checklist items ticked");
  const evaluation = checkRuns(sim, head, "mlops/evaluation").find((r) => r.appId === sim.appId);
  expect(evaluation).toMatchObject({ conclusion: "failure" });
  expect(evaluation?.output.title).toBe("No metrics artifact");
  // The metrics comment of the first run is there: the second run only updated the gate.
  expect(sim.issue(REPO, pr)?.comments.some((c) => c.body.includes("fraud-detector"))).toBe(true);

  // GitHub's view: `app` on each run, and `app_id` picks one app's runs.
  const all = await octokit.rest.checks.listForRef({ owner: "acme", repo: "models", ref: head });
  const seen = all.data.check_runs.map((r) => [r.name, r.app?.id, r.app?.slug]);
  expect(seen).toHaveLength(4);
  expect(seen).toEqual(
    expect.arrayContaining([
      ["mlops/checklist", ACTIONS_APP_ID, "github-actions"],
      ["mlops/checklist", sim.appId, "mlops-bot"],
      ["mlops/evaluation", ACTIONS_APP_ID, "github-actions"],
      ["mlops/evaluation", sim.appId, "mlops-bot"],
    ]),
  );
  const mine = await octokit.rest.checks.listForRef({
    ...{ owner: "acme", repo: "models", ref: head, app_id: sim.appId },
  });
  expect(mine.data.check_runs.map((r) => r.app?.id)).toEqual([sim.appId, sim.appId]);
  // And an update of another app's run is refused as GitHub refuses it.
  const spoofed = checkRuns(sim, head, "mlops/evaluation").find((r) => r.appId === ACTIONS_APP_ID);
  await expect(
    octokit.rest.checks.update({
      ...{ owner: "acme", repo: "models", check_run_id: spoofed?.id ?? 0 },
      conclusion: "failure",
    }),
  ).rejects.toMatchObject({ status: 403 });
});
