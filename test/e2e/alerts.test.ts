import { expect, test } from "vitest";
import {
  REPO,
  apiCalls,
  driftAlert,
  issuesLabelled,
  liveHistory,
  sendAlert,
  setupAlerts,
} from "../handlers/alerts/alert-fixtures.js";

const latencyAlert = {
  ...driftAlert,
  kind: "latency",
  metric: "latency_p95_ms",
  value: 81.5,
  threshold: 50,
};

test("a first alert opens an incident on the board in Monitoring with what was live", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  await sendAlert(setup.sim, latencyAlert);
  expect(setup.sim.failedDeliveries).toEqual([]);
  const [incident, ...others] = issuesLabelled(setup.sim, "ml-monitoring");
  expect(others).toEqual([]);
  expect(incident?.title).toBe("Incident: fraud-detector latency in production");
  expect(incident?.body).toContain(
    '<!-- mlops-bot:incident {"model":"fraud\\u002ddetector","kind":"latency"} -->',
  );
  for (const row of [
    "| Model | fraud-detector |",
    "| Kind | latency |",
    "| Metric | latency\\_p95\\_ms |",
    "| Value | 81.5 (above the threshold 50) |",
    "| Environment | production |",
    "| Live at the alert | 2.4.0 (100%) |",
    "| Link | [open the dashboard](https://grafana.example/d/abc) |",
  ])
    expect(incident?.body).toContain(row);
  expect(incident?.comments).toEqual([]);
  // latency is not in alerts.retrain_on: no retraining issue.
  expect(issuesLabelled(setup.sim, "ml-retraining")).toEqual([]);
  expect(setup.sim.board("acme", 1)?.items).toEqual([
    {
      repo: REPO,
      number: incident?.number,
      title: incident?.title,
      values: expect.objectContaining({
        Status: "Monitoring",
        Kind: "Incident",
        Model: "fraud-detector",
        Version: "2.4.0",
      }),
    },
  ]);
  expect(setup.sim.unhandled).toEqual([]);
});

test("a repeat alert while the incident is open adds one comment with the value and time", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  await sendAlert(setup.sim, latencyAlert);
  setup.sim.resetRequests();
  await sendAlert(setup.sim, { ...latencyAlert, value: 97 });
  const incidents = issuesLabelled(setup.sim, "ml-monitoring");
  expect(incidents).toHaveLength(1);
  const comments = incidents[0]?.comments ?? [];
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toMatch(
    /^<!-- mlops-bot:alert-delivery "[0-9a-f\\u-]+" -->\n🔁 Alert again at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ: latency\\_p95\\_ms is 97 \(above the threshold 50\) in production\. \[Open the dashboard\]\(https:\/\/grafana\.example\/d\/abc\)\.\n$/,
  );
  // No board work for a repeat: the incident is on it already. One list of the incidents
  // touched lately finds the open one (and any closed since that this delivery may have written on).
  expect(apiCalls(setup.sim)).toEqual([
    "GET /repos/acme/models/contents/.github%2Fmlops.yml",
    "GET /repos/acme/.github/contents/.github%2Fmlops.yml",
    "GET /repos/acme/models/deployments",
    "GET /repos/acme/models/deployments/1010/statuses",
    "GET /repos/acme/models/issues",
    "GET /repos/acme/models/issues/3/comments",
    "POST /repos/acme/models/issues/3/comments",
  ]);
});

test("once the incident is closed, the next alert opens a new one", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  await sendAlert(setup.sim, latencyAlert);
  const [first] = issuesLabelled(setup.sim, "ml-monitoring");
  await setup.sim.closeIssue({ repo: REPO, number: first!.number, user: "alice" });
  await sendAlert(setup.sim, latencyAlert);
  const incidents = issuesLabelled(setup.sim, "ml-monitoring");
  expect(incidents.map((i) => i.state)).toEqual(["closed", "open"]);
  expect(incidents[0]?.comments).toEqual([]);
  expect(setup.sim.board("acme", 1)?.items.map((i) => i.number)).toEqual(
    incidents.map((i) => i.number),
  );
});

test("another kind of the same model opens its own incident", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  await sendAlert(setup.sim, latencyAlert);
  await sendAlert(setup.sim, {
    ...latencyAlert,
    kind: "error_rate",
    metric: "errors",
    value: 0.08,
    threshold: 0.05,
  });
  expect(issuesLabelled(setup.sim, "ml-monitoring").map((i) => i.title)).toEqual([
    "Incident: fraud-detector latency in production",
    "Incident: fraud-detector error rate in production",
  ]);
});

test("the monitoring's time dates the incident; a time ahead of the receipt does not", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  const at = `${setup.clock.now().toISOString().slice(0, 19)}Z`;
  await sendAlert(setup.sim, { ...latencyAlert, at });
  await sendAlert(setup.sim, { ...latencyAlert, at: "2999-01-01T00:00:00Z" });
  const [incident] = issuesLabelled(setup.sim, "ml-monitoring");
  expect(incident?.body).toContain(`| Alert time | ${at} |`);
  expect(incident?.comments[0]?.body).toContain("🔁 Alert again at 20");
  expect(incident?.comments[0]?.body).not.toContain("2999");
});
