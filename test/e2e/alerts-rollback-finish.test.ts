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

/** The app's deployments of the repository, oldest first. */
function deployments(setup: Setup) {
  return [...setup.sim.store.deployments.values()].sort((a, b) => a.id - b.id);
}

/** Each deployment as `version@rollout:latest status`. */
function history(setup: Setup) {
  return deployments(setup).map((d) => {
    const payload = d.payload as { version: string; rollout: number };
    const latest = [...d.statuses].sort((a, b) => a.id - b.id).at(-1)?.state;
    return `${payload.version}@${payload.rollout}:${latest}`;
  });
}

test("an automatic rollback that failed after its deployment was made is finished by the alert's redelivery", async () => {
  const setup = await setupAlerts();
  const { pr } = await liveHistory(setup, 25);
  const canary = deployments(setup).find((d) => (d.payload as { rollout: number }).rollout === 25);
  // Marking the canary inactive fails once: the rollback deployment exists, nothing after it.
  setup.sim.injectFault({
    method: "POST",
    path: `/repos/${REPO}/deployments/${canary?.id}/statuses`,
    status: 403,
  });
  await expect(sendAlert(setup.sim, driftAlert)).rejects.toThrow(
    "Resource not accessible by integration",
  );
  const id = setup.sim.deliveries.findLast((d) => d.name === "repository_dispatch")?.id ?? "";
  await setup.sim.settle();
  expect(setup.sim.failedDeliveries).toHaveLength(1);
  expect(history(setup)).toEqual(["2.4.0@100:success", "2.5.0@25:success", "2.5.0@0:in_progress"]);
  const rollback = deployments(setup).at(-1);
  expect(rollback?.payload).toMatchObject({ rollout: 0, alert_delivery: id });
  expect(rollback?.payload).not.toHaveProperty("comment_id");
  const [incident] = issuesLabelled(setup.sim, "ml-monitoring");
  const notes = () =>
    setup.sim
      .issue(REPO, incident!.number)
      ?.comments.filter((c) => c.body.includes("mlops-bot:alert-rollback")) ?? [];
  // The incident opened anyway, and says the rollback did not happen yet.
  const marker = `<!-- mlops-bot:alert-rollback ${JSON.stringify(id).replaceAll("-", "\\u002d")} -->`;
  expect(notes().map((c) => c.body)).toEqual([
    [
      marker,
      `⚠️ The automatic rollback of fraud-detector 2.5.0 (25% in production, pull request #${pr}) did not happen: GitHub answered 403. This alert's delivery is marked failed, and its redelivery retries the rollback.`,
      "Roll back by hand with `/rollback` on the pull request.",
      "",
    ].join("\n"),
  ]);

  await setup.app.redeliver(id);
  expect(setup.sim.failedDeliveries).toHaveLength(1);
  // The same rollback deployment, finished: the canary inactive, no second rollback.
  expect(history(setup)).toEqual(["2.4.0@100:success", "2.5.0@25:inactive", "2.5.0@0:in_progress"]);
  // The same note, now saying it is done.
  expect(notes().map((c) => c.body)).toEqual([
    [
      marker,
      `⏪ Rolled back automatically: fraud-detector 2.5.0 was at 25% in production (pull request #${pr}); all traffic is back on 2.4.0.`,
      `Deployment ${rollback?.id} records it, with this alert as the reason.`,
      "",
    ].join("\n"),
  ]);
  const replies = () =>
    setup.sim.issue(REPO, pr)?.comments.filter((c) => c.body.includes("data drift alert")) ?? [];
  expect(replies()).toHaveLength(1);
  expect(issuesLabelled(setup.sim, "ml-retraining")).toHaveLength(1);

  // Once more: everything is there, nothing is written twice.
  await setup.app.redeliver(id);
  expect(setup.sim.failedDeliveries).toHaveLength(1);
  expect(history(setup)).toHaveLength(3);
  expect(notes()).toHaveLength(1);
  expect(replies()).toHaveLength(1);
});

test("another alert's delivery does not adopt a rollback it did not make", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  const first = await sendAlert(setup.sim, driftAlert);
  const second = await sendAlert(setup.sim, { ...driftAlert, value: 0.4 });
  expect(setup.sim.failedDeliveries).toEqual([]);
  const rollbacks = deployments(setup).filter(
    (d) => (d.payload as { rollout: number }).rollout === 0,
  );
  expect(rollbacks.map((d) => (d.payload as { alert_delivery?: string }).alert_delivery)).toEqual([
    first,
  ]);
  expect(second).not.toBe(first);
  const [incident] = issuesLabelled(setup.sim, "ml-monitoring");
  const notes = incident?.comments.filter((c) => c.body.includes("mlops-bot:alert-rollback"));
  expect(notes).toHaveLength(1);
});
