import { expect, test } from "vitest";
import app from "../../src/index.js";
import { setupSimulator } from "../simulator/setup-simulator.js";
import {
  CHECKLIST_ITEMS,
  apiCalls,
  checkRun,
  checkRuns,
  openDeploymentIssue,
  sha,
  tickBoxes,
  openClosingPull,
} from "./gates-fixtures.js";

test("PR path: the check fails listing every unticked item with a link; the PR's own ticked box is credited to its author", async () => {
  const { sim } = await setupSimulator(app);
  const issue = await openDeploymentIssue(sim);
  sim.resetRequests();
  await sim.openPullRequest({
    repo: "acme/models",
    title: "Release 2.4.0",
    body: `Closes #${issue}\n\n- [x] Changelog written`,
    head: "release",
    sha: sha("a1"),
    user: "alice",
  });
  expect(sim.failedDeliveries).toEqual([]);
  const run = checkRun(sim, sha("a1"));
  expect(run.conclusion).toBe("failure");
  expect(run.output.title).toBe("5 of 6 checklist items unticked");
  for (const item of CHECKLIST_ITEMS)
    expect(run.output.summary).toContain(
      `- ⬜ ${item} — [\\#${issue}](https://github.com/acme/models/issues/${issue})`,
    );
  expect(run.output.summary).toContain(
    "| Changelog written | [PR description](https://github.com/acme/models/pull/2) | alice | 2026-11-02 09:00 UTC |",
  );
  expect(run.output.summary).not.toContain("traffic");
  // Measured: the app's id (once per process), config, the PR and its issues, the PR's
  // history, the check lookup (this app's runs only), the write.
  expect(apiCalls(sim)).toEqual([
    "GET /app",
    "GET /repos/acme/models/contents/.github%2Fmlops.yml",
    "GET /repos/acme/.github/contents/.github%2Fmlops.yml",
    "GraphQL ReadPullLinks",
    "GraphQL ReadEditHistories",
    "GET /repos/acme/models/commits/a100000000000000000000000000000000000000/check-runs",
    "POST /repos/acme/models/check-runs",
  ]);
  expect(sim.unhandled).toEqual([]);
});

test("issue-edit path: ticking the boxes updates every open linked PR in the same webhook, with who ticked what", async () => {
  const { sim, clock } = await setupSimulator(app);
  sim.addUser("carol");
  const issue = await openDeploymentIssue(sim);
  for (const [head, seed] of [
    ["release", "b1"],
    ["hotfix", "c1"],
  ] as const)
    await openClosingPull(sim, issue, sha(seed), head, head);
  expect(checkRun(sim, sha("b1")).conclusion).toBe("failure");
  clock.set("2026-11-02T10:15:00Z");
  await tickBoxes(sim, { number: issue, user: "bob", items: CHECKLIST_ITEMS.slice(0, 2) });
  clock.set("2026-11-02T11:30:00Z");
  sim.resetRequests();
  const deliveries = await tickBoxes(sim, {
    number: issue,
    user: "carol",
    items: CHECKLIST_ITEMS.slice(2),
  });
  expect(deliveries).toHaveLength(1);
  expect(sim.failedDeliveries).toEqual([]);
  for (const seed of ["b1", "c1"]) {
    const run = checkRun(sim, sha(seed));
    expect(run.conclusion).toBe("success");
    expect(run.output.title).toBe("All 5 checklist items ticked");
    expect(run.output.summary).toContain(
      `| Model validated | [\\#${issue}](https://github.com/acme/models/issues/${issue}) | bob | 2026-11-02 10:15 UTC |`,
    );
    expect(run.output.summary).toContain("| Alerts configured |");
    expect(run.output.summary).toContain("| carol | 2026-11-02 11:30 UTC |");
    expect(run.output.summary).not.toContain("unknown");
  }
  // Measured: per edit webhook 2 (config) + 1 (linked PRs) + 4 per PR.
  expect(apiCalls(sim)).toHaveLength(11);
  expect(apiCalls(sim).filter((c) => c.includes("ReadEditHistories"))).toHaveLength(2);
});

test("an edit that leaves the Checklist boxes as they were (a Rollout box, a title) makes no request", async () => {
  const { sim } = await setupSimulator(app);
  const issue = await openDeploymentIssue(sim);
  await openClosingPull(sim, issue, sha("d1"));
  sim.resetRequests();
  const body = sim.issue("acme/models", issue)?.body ?? "";
  await sim.editIssueBody({
    repo: "acme/models",
    number: issue,
    user: "bob",
    body: body.replace("- [ ] 5% traffic", "- [x] 5% traffic"),
  });
  expect(apiCalls(sim)).toEqual([]);
  expect(checkRun(sim, sha("d1")).conclusion).toBe("failure");
});

test("a pushed commit gets its own check on the new head; a redelivery writes nothing", async () => {
  const { sim } = await setupSimulator(app);
  const issue = await openDeploymentIssue(sim);
  const pr = await openClosingPull(sim, issue, sha("e1"));
  await tickBoxes(sim, { number: issue, user: "bob" });
  const [pushed] = await sim.pushToPullRequest({
    repo: "acme/models",
    number: pr.number,
    user: "alice",
    sha: sha("e2"),
  });
  expect(checkRun(sim, sha("e2")).conclusion).toBe("success");
  expect(checkRun(sim, sha("e1")).conclusion).toBe("success");
  sim.resetRequests();
  await sim.redeliver(pushed ?? "");
  expect(sim.requests.filter((r) => r.method !== "GET" && !r.graphql)).toEqual([]);
  expect(checkRuns(sim, sha("e2"))).toHaveLength(1);
});

test("nested, quoted, fenced and malformed boxes: only real task items count", async () => {
  const { sim } = await setupSimulator(app);
  const body = [
    "- [x] Parent",
    "  - [ ] Nested child",
    "> - [ ] Quoted, not ours",
    "```",
    "- [ ] In a code block",
    "```",
    "-[ ] no space",
    "- [y] not a box",
    "* [X] Upper-case tick",
  ].join("\n");
  await sim.openPullRequest({
    repo: "acme/models",
    title: "Messy",
    body,
    head: "messy",
    sha: sha("f1"),
    user: "alice",
  });
  const run = checkRun(sim, sha("f1"));
  expect(run.conclusion).toBe("failure");
  expect(run.output.title).toBe("1 of 3 checklist items unticked");
  expect(run.output.summary).toContain("- ⬜ Nested child");
  expect(run.output.summary).not.toMatch(/Quoted|code block|no space|not a box/);
});

test("no task items anywhere: neutral, saying how to link the deployment issue", async () => {
  const { sim } = await setupSimulator(app);
  await sim.openPullRequest({
    repo: "acme/models",
    title: "Typo",
    body: "Fixes a typo.",
    head: "typo",
    sha: sha("f2"),
    user: "alice",
  });
  const run = checkRun(sim, sha("f2"));
  expect(run.conclusion).toBe("neutral");
  expect(run.output.title).toBe("No checklist items to tick");
  expect(run.output.summary).toContain("`Closes #<deployment issue>`");
});
