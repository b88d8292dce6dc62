import { expect, test } from "vitest";
import { metricValue } from "../../../src/domain/metrics/metric-value.js";

test.each([
  ["a metric the map has", "accuracy", 0.93],
  ["a metric at zero", "loss", 0],
  ["a metric it lacks", "f1", null],
  ["Object's own names are not metrics", "constructor", null],
  ["nor is the prototype", "__proto__", null],
  ["nor a method of Object.prototype", "toString", null],
])("%s: %s → %s", (_name, key, value) => {
  expect(metricValue({ accuracy: 0.93, loss: 0 }, key)).toBe(value);
});

test("a metric literally named constructor is read", () => {
  const metrics = JSON.parse('{"constructor": 2}') as Record<string, number>;
  expect(metricValue(metrics, "constructor")).toBe(2);
});
