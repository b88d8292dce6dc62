import { expect, test } from "vitest";
import {
  REPO,
  driftAlert,
  issuesLabelled,
  liveHistory,
  sendAlert,
  setupAlerts,
} from "../handlers/alerts/alert-fixtures.js";

/** The app's deployments of the repository, oldest first, as `version@rollout`. */
function deployments(setup: Awaited<ReturnType<typeof setupAlerts>>) {
  return [...setup.sim.store.deployments.values()]
    .sort((a, b) => a.id - b.id)
    .map((d) => {
      const payload = d.payload as { version: string; rollout: number };
      return `${payload.version}@${payload.rollout}`;
    });
}

test("an alert during a rollout at 25 % rolls it back, says so on the incident and on the PR", async () => {
  const setup = await setupAlerts();
  const { pr } = await liveHistory(setup, 25);
  const id = await sendAlert(setup.sim, driftAlert);
  expect(setup.sim.failedDeliveries).toEqual([]);
  expect(deployments(setup)).toEqual(["2.4.0@100", "2.5.0@25", "2.5.0@0"]);
  const rollback = [...setup.sim.store.deployments.values()].at(-1);
  const [incident] = issuesLabelled(setup.sim, "ml-monitoring");
  expect(rollback?.payload).toMatchObject({
    // The rollback comes before the incident: its reason names the alert, the note names the PR.
    reason: "data drift alert: psi 0.31 above the threshold 0.2 in production",
  });
  expect(incident?.body).toContain("| Live at the alert | 2.4.0 (75%), 2.5.0 (25%) |");
  const note = incident?.comments.find((c) => c.body.includes("mlops-bot:alert-rollback"));
  expect(note?.body).toBe(
    [
      `<!-- mlops-bot:alert-rollback ${JSON.stringify(id).replaceAll("-", "\\u002d")} -->`,
      `⏪ Rolled back automatically: fraud-detector 2.5.0 was at 25% in production (pull request #${pr}); all traffic is back on 2.4.0.`,
      `Deployment ${rollback?.id} records it, with this alert as the reason.`,
      "",
    ].join("\n"),
  );
  const prComments = setup.sim.issue(REPO, pr)?.comments ?? [];
  expect(prComments.some((c) => c.body.includes("data drift alert"))).toBe(true);
  // The next alert finds nothing to roll back: no second rollback, no second note.
  await sendAlert(setup.sim, { ...driftAlert, value: 0.4 });
  expect(deployments(setup)).toEqual(["2.4.0@100", "2.5.0@25", "2.5.0@0"]);
  const notes = issuesLabelled(setup.sim, "ml-monitoring")[0]?.comments.filter((c) =>
    c.body.includes("mlops-bot:alert-rollback"),
  );
  expect(notes).toHaveLength(1);
});

test("no rollback once the rollout reached 100 %", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 100);
  await sendAlert(setup.sim, driftAlert);
  expect(deployments(setup)).toEqual(["2.4.0@100", "2.5.0@100"]);
  const [incident] = issuesLabelled(setup.sim, "ml-monitoring");
  expect(incident?.body).toContain("| Live at the alert | 2.5.0 (100%) |");
  expect(incident?.comments.some((c) => c.body.includes("Rolled back"))).toBe(false);
});

test("no rollback with rollout.auto_rollback false", async () => {
  const setup = await setupAlerts();
  setup.sim.setFile(REPO, ".github/mlops.yml", "rollout:\n  auto_rollback: false\n");
  await liveHistory(setup, 25);
  await sendAlert(setup.sim, driftAlert);
  expect(deployments(setup)).toEqual(["2.4.0@100", "2.5.0@25"]);
  expect(issuesLabelled(setup.sim, "ml-monitoring")).toHaveLength(1);
});

test("no rollback for an alert on another environment than the rollout's", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  await sendAlert(setup.sim, { ...driftAlert, environment: "staging" });
  expect(deployments(setup)).toEqual(["2.4.0@100", "2.5.0@25"]);
  // The app never deployed fraud-detector to staging: the incident opens and says so.
  const [incident, ...others] = issuesLabelled(setup.sim, "ml-monitoring");
  expect(others).toEqual([]);
  expect(incident?.body).toContain(
    "**No deployment of fraud-detector in staging is recorded** by mlops-bot",
  );
});
