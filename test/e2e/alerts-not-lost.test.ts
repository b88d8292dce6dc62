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

/** The app's rollback deployments (`rollout: 0`). */
const rollbacks = (setup: Setup) =>
  [...setup.sim.store.deployments.values()].filter(
    (d) => (d.payload as { rollout: number }).rollout === 0,
  );

test("an alert for a model the app never deployed opens its incident naming the models it knows; nothing is rolled back", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  await sendAlert(setup.sim, { ...driftAlert, model: "fraud-detectr" });
  expect(setup.sim.failedDeliveries).toEqual([]);
  const [incident, ...others] = issuesLabelled(setup.sim, "ml-monitoring");
  expect(others).toEqual([]);
  expect(incident?.title).toBe("Incident: fraud-detectr data drift in production");
  expect(incident?.body).toContain("| Live at the alert | _no deployment recorded_ |");
  expect(incident?.body).toContain(
    "**No deployment of fraud-detectr in production is recorded** by mlops-bot (a model that was live before the app was installed, or a misspelt name), so nothing was rolled back. The models it has deployed in production: fraud-detector.",
  );
  expect(rollbacks(setup)).toEqual([]);
  // Its kind is in alerts.retrain_on: the retraining issue opens too, and both go on the board.
  expect(issuesLabelled(setup.sim, "ml-retraining")).toHaveLength(1);
  expect(setup.sim.board("acme", 1)?.items.map((i) => i.values.Kind)).toEqual([
    "Incident",
    "Retraining",
  ]);
});

test("right after installation (no deployment at all): the incident opens and says the app has recorded none", async () => {
  const setup = await setupAlerts();
  await sendAlert(setup.sim, { ...driftAlert, kind: "latency", metric: "p95_ms" });
  expect(setup.sim.failedDeliveries).toEqual([]);
  const [incident] = issuesLabelled(setup.sim, "ml-monitoring");
  expect(incident?.body).toContain("It has recorded no deployment in production.");
});

test("a broken .github/mlops.yml: the incident opens with the defaults and names the error; the canary is rolled back; nothing on a board", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  setup.sim.setFile(REPO, ".github/mlops.yml", "alerts:\n  retrain_on: drift\n");
  await sendAlert(setup.sim, driftAlert);
  expect(setup.sim.failedDeliveries).toEqual([]);
  const [incident] = issuesLabelled(setup.sim, "ml-monitoring");
  expect(incident?.body).toContain("### ⚠️ Handled with the default configuration");
  expect(incident?.body).toContain(
    '| alerts.retrain\\_on | expected a list such as \\[data\\_drift, model\\_drift\\], got "drift" |',
  );
  // The defaults: auto_rollback true, data_drift in retrain_on.
  expect(rollbacks(setup)).toHaveLength(1);
  expect(issuesLabelled(setup.sim, "ml-retraining")).toHaveLength(1);
  // The defaults' board may not be the team's: none is created.
  expect(setup.sim.board("acme", 1)).toBeUndefined();
  expect(setup.logs.find((l) => String(l.msg).includes("default config"))).toMatchObject({
    file: ".github/mlops.yml",
  });
});

test("a config error with 500 problems: the incident shows the first 10 and counts the rest", async () => {
  const setup = await setupAlerts();
  const keys = Array.from({ length: 500 }, (_, i) => `    m${i}: { min: "x" }`).join("\n");
  setup.sim.setFile(REPO, ".github/mlops.yml", `metrics:\n  thresholds:\n${keys}\n`);
  await sendAlert(setup.sim, driftAlert);
  const [incident] = issuesLabelled(setup.sim, "ml-monitoring");
  const rows = (incident?.body ?? "").split("\n").filter((l) => l.startsWith("| metrics.")) ?? [];
  expect(rows).toHaveLength(10);
  expect(incident?.body).toContain("| … | and 490 more problems |");
});

test("an alert whose url is not http(s) is acted on: incident and rollback, the link left out and said so", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  await sendAlert(setup.sim, { ...driftAlert, url: "javascript:alert(document.cookie)" });
  expect(setup.sim.failedDeliveries).toEqual([]);
  const [incident] = issuesLabelled(setup.sim, "ml-monitoring");
  expect(incident?.body).toContain("| Link | _left out: the alert's link is not an http(s) URL_ |");
  expect(incident?.body).not.toContain("javascript");
  expect(rollbacks(setup)).toHaveLength(1);
  // A repeat with a bad link says so in its comment.
  await sendAlert(setup.sim, { ...driftAlert, value: 0.5, url: "ftp://x" });
  const repeat = issuesLabelled(setup.sim, "ml-monitoring")[0]?.comments.find((c) =>
    c.body.includes("Alert again"),
  );
  expect(repeat?.body).toContain("Its link was left out: it is not an http(s) URL.");
  expect(setup.logs.find((l) => l.msg === "mlops-alert link left out")).toMatchObject({
    field: "url",
  });
});
