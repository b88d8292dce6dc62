import { expect, test } from "vitest";
import {
  REPO,
  driftAlert,
  issuesLabelled,
  liveHistory,
  sendAlert,
  setupAlerts,
} from "../handlers/alerts/alert-fixtures.js";

/** The app's writes since the last reset, GraphQL queries and token requests left out. */
function writes(setup: Awaited<ReturnType<typeof setupAlerts>>) {
  return setup.sim.requests.filter(
    (r) =>
      r.method !== "GET" && !r.path.endsWith("/access_tokens") && r.graphql?.operation !== "query",
  );
}

test("a redelivered first alert changes nothing", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  const id = await sendAlert(setup.sim, driftAlert);
  setup.sim.resetRequests();
  await setup.app.redeliver(id);
  expect(setup.sim.failedDeliveries).toEqual([]);
  expect(writes(setup)).toEqual([]);
  expect(issuesLabelled(setup.sim, "ml-monitoring")).toHaveLength(1);
  expect(issuesLabelled(setup.sim, "ml-retraining")).toHaveLength(1);
  // The operator's log says what the delivery found.
  expect(setup.logs.filter((l) => l.msg === "mlops-alert handled").at(-1)).toMatchObject({
    incident: { action: "redelivered" },
  });
});

test("deliveries out of order (first, repeat, then the first again and the repeat again): one incident, one comment", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  const first = await sendAlert(setup.sim, driftAlert);
  const repeat = await sendAlert(setup.sim, { ...driftAlert, value: 0.5 });
  await Promise.all([setup.app.redeliver(first), setup.app.redeliver(repeat)]);
  expect(setup.sim.failedDeliveries).toEqual([]);
  const incidents = issuesLabelled(setup.sim, "ml-monitoring");
  expect(incidents).toHaveLength(1);
  const repeats = incidents[0]?.comments.filter((c) => c.body.includes("Alert again")) ?? [];
  expect(repeats.map((c) => c.body)).toEqual([expect.stringContaining("psi is 0.5 ")]);
  expect(issuesLabelled(setup.sim, "ml-retraining")).toHaveLength(1);
});

test("a redelivered repeat alert adds no second comment", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  await sendAlert(setup.sim, driftAlert);
  const id = await sendAlert(setup.sim, { ...driftAlert, value: 0.5 });
  const before = issuesLabelled(setup.sim, "ml-monitoring")[0]?.comments.length;
  setup.sim.resetRequests();
  await setup.app.redeliver(id);
  expect(writes(setup)).toEqual([]);
  expect(issuesLabelled(setup.sim, "ml-monitoring")[0]?.comments.length).toBe(before);
});

test("two deliveries for the same model and kind at once: one incident, one comment, one retraining", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  await Promise.all([
    sendAlert(setup.sim, driftAlert),
    sendAlert(setup.sim, { ...driftAlert, value: 0.33 }),
  ]);
  expect(setup.sim.failedDeliveries).toEqual([]);
  const incidents = issuesLabelled(setup.sim, "ml-monitoring");
  expect(incidents).toHaveLength(1);
  const repeats = incidents[0]?.comments.filter((c) => c.body.includes("Alert again")) ?? [];
  expect(repeats).toHaveLength(1);
  expect(issuesLabelled(setup.sim, "ml-retraining")).toHaveLength(1);
  const rollbacks = [...setup.sim.store.deployments.values()].filter(
    (d) => (d.payload as { rollout: number }).rollout === 0,
  );
  expect(rollbacks).toHaveLength(1);
  expect(setup.sim.issue(REPO, incidents[0]!.number)?.labels).toEqual(["ml-monitoring"]);
});

test("two kinds at once during a rollout: two incidents, one rollback", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  await Promise.all([
    sendAlert(setup.sim, driftAlert),
    sendAlert(setup.sim, {
      ...driftAlert,
      kind: "error_rate",
      metric: "errors",
      value: 0.09,
      threshold: 0.05,
    }),
  ]);
  expect(setup.sim.failedDeliveries).toEqual([]);
  expect(issuesLabelled(setup.sim, "ml-monitoring")).toHaveLength(2);
  const rollbacks = [...setup.sim.store.deployments.values()].filter(
    (d) => (d.payload as { rollout: number }).rollout === 0,
  );
  expect(rollbacks).toHaveLength(1);
  const notes = issuesLabelled(setup.sim, "ml-monitoring").flatMap((i) =>
    i.comments.filter((c) => c.body.includes("mlops-bot:alert-rollback")),
  );
  expect(notes).toHaveLength(1);
});

test("a first alert redelivered after its incident was closed opens no second incident", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  const id = await sendAlert(setup.sim, driftAlert);
  const [first] = issuesLabelled(setup.sim, "ml-monitoring");
  await setup.sim.closeIssue({ repo: REPO, number: first!.number, user: "alice" });
  setup.sim.resetRequests();
  await setup.app.redeliver(id);
  expect(setup.sim.failedDeliveries).toEqual([]);
  expect(writes(setup)).toEqual([]);
  expect(issuesLabelled(setup.sim, "ml-monitoring").map((i) => i.state)).toEqual(["closed"]);
  expect(issuesLabelled(setup.sim, "ml-retraining")).toHaveLength(1);
});

test("a repeat redelivered after its incident was closed and a new one opened adds nothing to the new one", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  const latency = { ...driftAlert, kind: "latency", metric: "p95_ms" };
  await sendAlert(setup.sim, latency);
  const repeat = await sendAlert(setup.sim, { ...latency, value: 0.5 });
  const [first] = issuesLabelled(setup.sim, "ml-monitoring");
  await setup.sim.closeIssue({ repo: REPO, number: first!.number, user: "alice" });
  await sendAlert(setup.sim, { ...latency, value: 0.6 });
  setup.sim.resetRequests();
  await setup.app.redeliver(repeat);
  expect(setup.sim.failedDeliveries).toEqual([]);
  expect(writes(setup)).toEqual([]);
  const [closed, open] = issuesLabelled(setup.sim, "ml-monitoring");
  expect([closed?.state, open?.state]).toEqual(["closed", "open"]);
  expect(open?.comments).toEqual([]);
  expect(closed?.comments).toHaveLength(1);
});
