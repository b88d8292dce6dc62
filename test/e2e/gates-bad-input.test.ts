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

test("a PR linked to twenty issues: every deployment issue among them counts, nothing is truncated", async () => {
  const { sim } = await setupSimulator(app);
  sim.addUser("carol");
  const first = await openDeploymentIssue(sim);
  const second = await openDeploymentIssue(sim);
  await tickBoxes(sim, { number: first, user: "bob" });
  await tickBoxes(sim, { number: second, user: "bob", items: CHECKLIST_ITEMS.slice(0, 4) });
  const others: number[] = [];
  for (let i = 0; i < 18; i += 1) {
    const opened = await sim.openIssue({ repo: "acme/models", title: `Task ${i}`, user: "alice" });
    others.push(opened.number);
  }
  const linked = [first, second, ...others];
  expect(linked).toHaveLength(20);
  await sim.openPullRequest({
    repo: "acme/models",
    title: "Twenty",
    body: linked.map((n) => `Closes #${n}`).join("\n"),
    head: "twenty",
    sha: sha("b20"),
    user: "alice",
  });
  expect(sim.failedDeliveries).toEqual([]);
  const run = checkRun(sim, sha("b20"));
  expect(run.conclusion).toBe("failure");
  expect(run.output.title).toBe("1 of 10 checklist items unticked");
  expect(run.output.summary).toContain(
    `- ⬜ Alerts configured — [\\#${second}](https://github.com/acme/models/issues/${second})`,
  );
  expect(run.output.summary).not.toContain("more issues than mlops-bot reads");

  await tickBoxes(sim, { number: second, user: "carol", items: ["Alerts configured"] });
  const after = checkRun(sim, sha("b20"));
  expect(after.conclusion).toBe("success");
  expect(after.output.title).toBe("All 10 checklist items ticked");
  expect(after.output.summary).toContain(
    `| Alerts configured | [\\#${second}](https://github.com/acme/models/issues/${second}) | carol |`,
  );
  expect(sim.failedDeliveries).toEqual([]);
});

test("a redelivered issue edit writes nothing and leaves one check run per name and SHA", async () => {
  const { sim } = await setupSimulator(app);
  const issue = await openDeploymentIssue(sim);
  await openClosingPull(sim, issue, sha("b21"));
  const [edited] = await tickBoxes(sim, { number: issue, user: "bob" });
  const before = checkRun(sim, sha("b21"));
  expect(before.conclusion).toBe("success");
  const summary = before.output.summary;
  sim.resetRequests();
  await sim.redeliver(edited ?? "");
  await sim.redeliver(edited ?? "");
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.requests.filter((r) => r.method !== "GET" && !r.graphql)).toEqual([]);
  expect(checkRuns(sim, sha("b21"))).toHaveLength(1);
  expect(checkRun(sim, sha("b21")).output.summary).toBe(summary);
});

test("ticking a box updates the open linked PRs only: a closed PR's check stays as it was", async () => {
  const { sim } = await setupSimulator(app);
  const issue = await openDeploymentIssue(sim);
  for (const [head, seed] of [
    ["release", "b22"],
    ["abandoned", "b23"],
  ] as const)
    await openClosingPull(sim, issue, sha(seed), head, head);
  const abandoned = [...(sim.store.repo("acme", "models")?.issues.values() ?? [])].find(
    (i) => i.pull && i.title === "abandoned",
  );
  await sim.closeIssue({ repo: "acme/models", number: abandoned?.number ?? 0, user: "alice" });
  sim.resetRequests();
  await tickBoxes(sim, { number: issue, user: "bob" });
  expect(sim.failedDeliveries).toEqual([]);
  expect(checkRun(sim, sha("b22")).conclusion).toBe("success");
  expect(checkRun(sim, sha("b23")).conclusion).toBe("failure");
  expect(apiCalls(sim).filter((c) => c === "POST /repos/acme/models/check-runs")).toEqual([]);
  expect(apiCalls(sim).filter((c) => c.startsWith("PATCH /repos/acme/models/check-runs/"))).toEqual(
    [expect.any(String)],
  );
});

test('a tick whose revision was deleted from the edit history is "unknown", later ones are credited', async () => {
  const { sim, clock } = await setupSimulator(app);
  sim.addUser("carol");
  const issue = await openDeploymentIssue(sim);
  const pr = await openClosingPull(sim, issue, sha("b24"));
  clock.set("2026-11-02T10:00:00Z");
  await tickBoxes(sim, { number: issue, user: "bob", items: CHECKLIST_ITEMS.slice(0, 1) });
  await tickBoxes(sim, { number: issue, user: "bob", items: CHECKLIST_ITEMS.slice(1, 2) });
  // A person deleted bob's first revision: GitHub then lists it without its text, so the
  // history before it cannot say who ticked what.
  const edits = sim.store.repo("acme", "models")?.issues.get(issue)?.edits ?? [];
  const firstTick = edits.at(-2);
  expect(firstTick?.editor).toBe("bob");
  (firstTick as { diff: string | null }).diff = null;
  clock.set("2026-11-02T11:00:00Z");
  await tickBoxes(sim, { number: issue, user: "carol", items: CHECKLIST_ITEMS.slice(2) });
  expect(sim.failedDeliveries).toEqual([]);
  const run = checkRun(sim, sha("b24"));
  expect(run.conclusion).toBe("success");
  const link = `[\\#${issue}](https://github.com/acme/models/issues/${issue})`;
  expect(run.output.summary).toContain(`| Model validated | ${link} | unknown | unknown |`);
  expect(run.output.summary).toContain(`| A/B test configured | ${link} | unknown | unknown |`);
  for (const item of CHECKLIST_ITEMS.slice(2))
    expect(run.output.summary).toContain(`| ${item} | ${link} | carol | 2026-11-02 11:00 UTC |`);
  expect(run.output.summary).toContain('"unknown": the edit history GitHub keeps cannot say');
  expect(sim.issue("acme/models", pr.number)?.comments).toEqual([]);
});
