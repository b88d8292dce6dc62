import { expect, test } from "vitest";
import { alertTime } from "../../../src/domain/alerts/alert-time.js";

const received = new Date("2026-11-02T09:30:00Z");

test.each([
  ["no time given: the receipt", undefined, "2026-11-02T09:30:00.000Z"],
  ["the monitoring's time, in UTC", "2026-11-02T09:17:41Z", "2026-11-02T09:17:41.000Z"],
  ["the monitoring's time with an offset", "2026-11-02T10:17:41+01:00", "2026-11-02T09:17:41.000Z"],
  [
    "a time after the receipt (a fast clock): the receipt",
    "2026-11-02T09:45:00Z",
    "2026-11-02T09:30:00.000Z",
  ],
])("%s", (_name, reported, expected) => {
  expect(alertTime(reported, received).toISOString()).toBe(expected);
});
