import { expect, test } from "vitest";
import { resolveMetricsBaseline } from "../../../src/domain/metrics/metrics-baseline.js";

const live = { version: "2.2.0", metrics: { accuracy: 0.925 } };
const fileBaseline = { accuracy: 0.9 };

test.each([
  [
    "live wins over the file",
    { live, fileBaseline },
    { source: "live", version: "2.2.0", metrics: live.metrics },
  ],
  [
    "live without a version",
    { live: { metrics: live.metrics } },
    { source: "live", metrics: live.metrics },
  ],
  [
    "the file when nothing is live",
    { live: null, fileBaseline },
    { source: "file", metrics: fileBaseline },
  ],
  [
    "the file when the live payload recorded no metrics",
    { live: { version: "1", metrics: {} }, fileBaseline },
    { source: "file", metrics: fileBaseline },
  ],
  ["none", {}, { source: "none", metrics: {} }],
  ["none for an empty file baseline", { fileBaseline: {} }, { source: "none", metrics: {} }],
])("resolveMetricsBaseline: %s", (_name, input, expected) => {
  expect(resolveMetricsBaseline(input)).toEqual(expected);
});
