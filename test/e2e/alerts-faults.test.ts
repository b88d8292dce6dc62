import { expect, test } from "vitest";
import {
  REPO,
  driftAlert,
  issuesLabelled,
  liveHistory,
  sendAlert,
  setupAlerts,
} from "../handlers/alerts/alert-fixtures.js";

type Setup = Awaited<ReturnType<typeof setupAlerts>>;

/** The app's deployments of the repository, oldest first, as `version@rollout`. */
const deployments = (setup: Setup) =>
  [...setup.sim.store.deployments.values()]
    .sort((a, b) => a.id - b.id)
    .map((d) => {
      const payload = d.payload as { version: string; rollout: number };
      return `${payload.version}@${payload.rollout}`;
    });

test("the issues API answers 500 during a canary: the rollback happens anyway; the redelivery opens the incident and adds nothing twice", async () => {
  const setup = await setupAlerts();
  const { pr } = await liveHistory(setup, 25);
  setup.sim.injectFault({ method: "POST", path: `/repos/${REPO}/issues`, status: 500 });
  await expect(sendAlert(setup.sim, driftAlert)).rejects.toThrow();
  const id = setup.sim.deliveries.findLast((d) => d.name === "repository_dispatch")?.id ?? "";
  await setup.sim.settle();
  expect(setup.sim.failedDeliveries).toHaveLength(1);
  // Safety first: the canary is rolled back though no incident could be opened.
  expect(deployments(setup)).toEqual(["2.4.0@100", "2.5.0@25", "2.5.0@0"]);
  expect(issuesLabelled(setup.sim, "ml-monitoring")).toEqual([]);
  const replies = () =>
    setup.sim.issue(REPO, pr)?.comments.filter((c) => c.body.includes("rolled back")) ?? [];
  expect(replies()).toHaveLength(1);

  // GitHub's redelivery completes what is missing: the incident, its note, the retraining issue.
  await setup.app.redeliver(id);
  expect(setup.sim.failedDeliveries).toHaveLength(1);
  expect(deployments(setup)).toEqual(["2.4.0@100", "2.5.0@25", "2.5.0@0"]);
  const [incident, ...others] = issuesLabelled(setup.sim, "ml-monitoring");
  expect(others).toEqual([]);
  expect(incident?.comments.map((c) => c.body.split("\n")[1])).toEqual([
    `⏪ Rolled back automatically: fraud-detector 2.5.0 was at 25% in production (pull request #${pr}); all traffic is back on 2.4.0.`,
    expect.stringMatching(/^🔁 Retraining: #\d+ retrains fraud-detector/),
  ]);
  expect(issuesLabelled(setup.sim, "ml-retraining")).toHaveLength(1);
  expect(replies()).toHaveLength(1);
  expect(setup.sim.board("acme", 1)?.items.map((i) => i.values.Kind)).toEqual([
    "Incident",
    "Retraining",
  ]);
});

test("the deployments API answers 500 during a canary: the incident still opens and says the rollback did not happen", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  setup.sim.injectFault({ method: "POST", path: `/repos/${REPO}/deployments`, status: 500 });
  await expect(sendAlert(setup.sim, driftAlert)).rejects.toThrow();
  const [incident] = issuesLabelled(setup.sim, "ml-monitoring");
  expect(incident?.comments[0]?.body).toContain(
    "did not happen: GitHub answered 500. This alert's delivery is marked failed, and its redelivery retries the rollback.",
  );
  expect(issuesLabelled(setup.sim, "ml-retraining")).toHaveLength(1);
  expect(deployments(setup)).toEqual(["2.4.0@100", "2.5.0@25"]);
});
