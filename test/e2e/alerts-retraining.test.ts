import { expect, test } from "vitest";
import {
  REPO,
  driftAlert,
  issuesLabelled,
  liveHistory,
  sendAlert,
  setupAlerts,
} from "../handlers/alerts/alert-fixtures.js";

test("a drift alert opens one retraining issue, linked both ways, in Backlog with Kind Retraining", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  await sendAlert(setup.sim, { ...driftAlert, kind: "model_drift", metric: "auc_drop" });
  await sendAlert(setup.sim, {
    ...driftAlert,
    kind: "model_drift",
    metric: "auc_drop",
    value: 0.4,
  });
  expect(setup.sim.failedDeliveries).toEqual([]);
  const [incident] = issuesLabelled(setup.sim, "ml-monitoring");
  const retrainings = issuesLabelled(setup.sim, "ml-retraining");
  expect(retrainings).toHaveLength(1);
  const retraining = retrainings[0]!;
  expect(retraining.labels).toEqual(["ml-retraining"]);
  expect(retraining.title).toBe(
    `Retrain fraud-detector after model drift (incident #${incident?.number})`,
  );
  const body = retraining.body ?? "";
  expect(body).toMatch(
    /^<!-- mlops-bot:card experiment v1 -->\n## Experiment: Retrain fraud-detector/,
  );
  expect(body).toContain(`incident #${incident?.number}`);
  expect(body).toMatch(
    /The last 7 days before the alert: \d{4}-\d\d-\d\dT\d\d:\d\dZ to \d{4}-\d\d-\d\dT\d\d:\d\dZ/,
  );
  expect(body).toContain(
    "2.4.0: the version live in production when the alert came; the retrained model must beat it.",
  );
  expect(body).toContain(`<!-- mlops-bot:retraining-for #${incident?.number} -->`);
  const links =
    incident?.comments.filter((c) => c.body.includes("mlops-bot:incident-retraining")) ?? [];
  expect(links).toHaveLength(1);
  expect(links[0]?.body).toContain(
    `🔁 Retraining: #${retraining.number} retrains fraud-detector on the last 7 days of data`,
  );
  expect(links[0]?.body).toContain("the version to beat is 2.4.0.");
  const items = setup.sim.board("acme", 1)?.items ?? [];
  expect(items.find((i) => i.number === retraining.number)?.values).toMatchObject({
    Status: "Backlog",
    Kind: "Retraining",
    Model: "fraud-detector",
  });
  expect(items.find((i) => i.number === incident?.number)?.values).toMatchObject({
    Kind: "Incident",
  });
});

test("alerts.retrain_on decides which kinds retrain: [latency] opens one for latency, not for drift", async () => {
  const setup = await setupAlerts();
  setup.sim.setFile(REPO, ".github/mlops.yml", "alerts:\n  retrain_on: [latency]\n");
  await liveHistory(setup, null);
  await sendAlert(setup.sim, driftAlert);
  expect(issuesLabelled(setup.sim, "ml-retraining")).toEqual([]);
  await sendAlert(setup.sim, {
    ...driftAlert,
    kind: "latency",
    metric: "p95_ms",
    value: 90,
    threshold: 50,
  });
  expect(issuesLabelled(setup.sim, "ml-retraining").map((i) => i.title)).toEqual([
    "Retrain fraud-detector after latency (incident #4)",
  ]);
});

test("alerts.retrain_on: [] replaces the default whole: a drift alert opens its incident and no retraining", async () => {
  const setup = await setupAlerts();
  setup.sim.setFile(REPO, ".github/mlops.yml", "alerts:\n  retrain_on: []\n");
  await liveHistory(setup, null);
  await sendAlert(setup.sim, driftAlert);
  await sendAlert(setup.sim, { ...driftAlert, kind: "model_drift" });
  expect(issuesLabelled(setup.sim, "ml-monitoring")).toHaveLength(2);
  expect(issuesLabelled(setup.sim, "ml-retraining")).toEqual([]);
});

test("a new incident after the old one closed gets its own retraining issue", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  await sendAlert(setup.sim, driftAlert);
  const [first] = issuesLabelled(setup.sim, "ml-monitoring");
  await setup.sim.closeIssue({ repo: REPO, number: first!.number, user: "alice" });
  await sendAlert(setup.sim, driftAlert);
  expect(issuesLabelled(setup.sim, "ml-retraining")).toHaveLength(2);
});
