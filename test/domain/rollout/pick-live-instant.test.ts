import { expect, test } from "vitest";
import { pickLiveInstant } from "../../../src/domain/rollout/pick-live-instant.js";

const now = new Date("2026-11-02T15:05:00.000Z");
const at = (iso: string) => ({ iso, assumedUtc: false });

test.each([
  ["no --at: now", null, { iso: "2026-11-02T15:05:00.000Z", future: null }],
  [
    "a past time",
    at("2026-10-01T14:00:00.000Z"),
    { iso: "2026-10-01T14:00:00.000Z", future: null },
  ],
  [
    "exactly now",
    at("2026-11-02T15:05:00.000Z"),
    { iso: "2026-11-02T15:05:00.000Z", future: null },
  ],
  [
    "a time that has not come: answered for now, and said",
    at("2999-01-01T00:00:00.000Z"),
    { iso: "2026-11-02T15:05:00.000Z", future: "2999-01-01T00:00:00.000Z" },
  ],
  [
    "year 99 is long past",
    at("0099-06-01T00:00:00.000Z"),
    { iso: "0099-06-01T00:00:00.000Z", future: null },
  ],
] as const)("%s", (_name, asked, expected) => {
  expect(pickLiveInstant(asked, now)).toEqual(expected);
});
