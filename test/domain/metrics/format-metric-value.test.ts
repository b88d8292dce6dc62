import { expect, test } from "vitest";
import {
  formatMetricDelta,
  formatMetricValue,
} from "../../../src/domain/metrics/format-metric-value.js";

test.each([
  [0.931, "0.931"],
  [0.93125, "0.93125"],
  [0.123456789, "0.12346"],
  [41.2, "41.2"],
  [812, "812"],
  [12345.678, "12346"],
  [-0.5, "-0.5"],
  [0.931 - 0.925, "0.006"],
  [0.000012345, "0.000012345"],
])("formatMetricValue(%s) = %s", (value, text) => {
  expect(formatMetricValue(value)).toBe(text);
});

test.each([
  [0.006, "+0.006"],
  [-3.8, "-3.8"],
  [0, "0"],
  [1e-17, "+1e-17"],
])("formatMetricDelta(%s) = %s", (delta, text) => {
  expect(formatMetricDelta(delta)).toBe(text);
});
