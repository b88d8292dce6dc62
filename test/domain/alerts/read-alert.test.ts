import { expect, test } from "vitest";
import { MAX_ALERT_PAYLOAD_LENGTH, readAlert } from "../../../src/domain/alerts/read-alert.js";

const example = {
  model: "fraud-detector",
  kind: "data_drift",
  metric: "psi",
  value: 0.31,
  threshold: 0.2,
  environment: "production",
  url: "https://grafana.example/d/abc",
};

test("the contract's example is an alert; keys it does not know are dropped; environment and url are optional", () => {
  expect(readAlert({ ...example, severity: "critical" })).toEqual({ ok: true, alert: example });
  const { environment: _e, url: _u, ...minimal } = example;
  expect(readAlert(minimal)).toEqual({ ok: true, alert: minimal });
  const timed = { ...example, at: "2026-11-02T10:30:00+01:00" };
  expect(readAlert(timed)).toEqual({ ok: true, alert: timed });
  expect(readAlert({ ...example, model: "  org/fraud_detector v2  " })).toMatchObject({
    ok: true,
    alert: { model: "org/fraud_detector v2" },
  });
});

test.each([
  [null, "client_payload"],
  ["text", "client_payload"],
  [{ ...example, model: undefined }, "model"],
  [{ ...example, model: "" }, "model"],
  [{ ...example, model: "x".repeat(101) }, "model"],
  [{ ...example, model: "@team" }, "model"],
  [{ ...example, model: "a\nb" }, "model"],
  [{ ...example, kind: "cpu" }, "kind"],
  [{ ...example, kind: undefined }, "kind"],
  [{ ...example, metric: "<b>" }, "metric"],
  [{ ...example, value: "0.31" }, "value"],
  [{ ...example, value: null }, "value"],
  [{ ...example, threshold: undefined }, "threshold"],
  [{ ...example, environment: "" }, "environment"],
  [{ ...example, environment: "prod\nuction" }, "environment"],
  [{ ...example, at: "2026-11-02 09:30" }, "at"],
  [{ ...example, at: "2026-11-02T09:30:00" }, "at"],
  [{ ...example, at: 1762075800 }, "at"],
  [{ ...example, notes: "x".repeat(MAX_ALERT_PAYLOAD_LENGTH) }, "client_payload"],
])("%j is refused, naming %s", (payload, field) => {
  expect(readAlert(payload)).toMatchObject({ ok: false, field, problem: expect.any(String) });
});

test.each([
  ["ftp://example.com/x", "expected an http(s) URL"],
  ["javascript:alert(1)", "expected an http(s) URL"],
  ["not a url", "expected an http(s) URL"],
  [42, expect.stringContaining("expected string")],
  ["https://example.com/" + "x".repeat(2000), expect.stringContaining("2000")],
])("a url %j is left out, the alert still read (the link is optional)", (url, problem) => {
  const { url: _link, ...rest } = example;
  expect(readAlert({ ...example, url })).toEqual({ ok: true, alert: rest, linkDropped: problem });
  // A bad link does not hide another field's problem.
  expect(readAlert({ ...example, url, kind: "cpu" })).toMatchObject({ ok: false, field: "kind" });
});

test("the size is measured before the schema runs: megabytes are refused with their size", () => {
  const result = readAlert({ ...example, model: "m".repeat(5_000_000) });
  expect(result).toEqual({
    ok: false,
    field: "client_payload",
    problem: expect.stringMatching(/^5000\d+ characters of JSON; at most 8192 are read$/),
  });
});
