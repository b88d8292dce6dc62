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
  ["a link that is not http(s)", { ...driftAlert, url: "javascript:alert(1)" }, "url"],
  ["a payload of megabytes", { ...driftAlert, notes: "x".repeat(3_000_000) }, "client_payload"],
  ["a model the app never deployed", { ...driftAlert, model: "fraud-detectr" }, "model"],
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

test("a repository with no deployment at all: nothing written, the log names model", async () => {
  const setup = await setupAlerts();
  await sendAlert(setup.sim, driftAlert);
  expect(setup.sim.failedDeliveries).toEqual([]);
  expect(
    setup.sim.requests.filter((r) => r.method !== "GET" && !r.path.endsWith("/access_tokens")),
  ).toEqual([]);
  expect(setup.logs.find((l) => String(l.msg).startsWith("mlops-alert ignored"))).toMatchObject({
    field: "model",
    msg: 'mlops-alert ignored: model: the app has no deployment of "fraud-detector" in production',
  });
});

test("a broken .github/mlops.yml: nothing written, the operator's log names the file", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  setup.sim.setFile(REPO, ".github/mlops.yml", "alerts:\n  retrain_on: drift\n");
  await sendAlert(setup.sim, driftAlert);
  expect(setup.sim.failedDeliveries).toEqual([]);
  const writes = setup.sim.requests.filter(
    (r) => r.method !== "GET" && !r.path.endsWith("/access_tokens"),
  );
  expect(writes).toEqual([]);
  expect(setup.logs.find((l) => String(l.msg).startsWith("mlops-alert ignored"))).toMatchObject({
    file: ".github/mlops.yml",
    msg: "mlops-alert ignored: invalid .github/mlops.yml",
  });
});

test("another event_type is not an alert: no request at all", async () => {
  const setup = await setupAlerts();
  await setup.sim.dispatch({ repo: REPO, eventType: "deploy", clientPayload: driftAlert });
  expect(setup.sim.requests.filter((r) => !r.path.endsWith("/access_tokens"))).toEqual([]);
});
