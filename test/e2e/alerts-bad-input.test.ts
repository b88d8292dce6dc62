import { expect, test } from "vitest";
import {
  REPO,
  driftAlert,
  liveHistory,
  sendAlert,
  setupAlerts,
} from "../handlers/alerts/alert-fixtures.js";

const { model: _model, ...withoutModel } = driftAlert;

test.each([
  ["an unknown kind", { ...driftAlert, kind: "cpu" }, "kind"],
  ["a missing model", withoutModel, "model"],
  ["a value that is not a number", { ...driftAlert, value: "0.31" }, "value"],
  ["a model name with Markdown", { ...driftAlert, model: "@alice <b>" }, "model"],
  ["a payload of megabytes", { ...driftAlert, notes: "x".repeat(3_000_000) }, "client_payload"],
  ["a time without a zone", { ...driftAlert, at: "2026-11-02 09:30" }, "at"],
])("%s: nothing written, a log line naming the field", async (_name, payload, field) => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  await sendAlert(setup.sim, payload);
  expect(setup.sim.failedDeliveries).toEqual([]);
  const writes = setup.sim.requests.filter(
    (r) => r.method !== "GET" && !r.path.endsWith("/access_tokens"),
  );
  expect(writes).toEqual([]);
  const line = setup.logs.find((l) => String(l.msg).startsWith("mlops-alert ignored"));
  expect(line).toMatchObject({ field, msg: expect.stringContaining(`ignored: ${field}: `) });
});

test("another event_type is not an alert: no request at all", async () => {
  const setup = await setupAlerts();
  await setup.sim.dispatch({ repo: REPO, eventType: "deploy", clientPayload: driftAlert });
  expect(setup.sim.requests.filter((r) => !r.path.endsWith("/access_tokens"))).toEqual([]);
});
