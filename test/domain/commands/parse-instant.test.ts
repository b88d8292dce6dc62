import { describe, expect, test } from "vitest";
import { parseInstant } from "../../../src/domain/commands/parse-instant.js";

describe("parseInstant", () => {
  test.each<[string, string, boolean]>([
    ["2026-10-01T14:00Z", "2026-10-01T14:00:00.000Z", false],
    ["2026-10-01t14:00z", "2026-10-01T14:00:00.000Z", false],
    ["2026-10-01T14:00:00+02:00", "2026-10-01T12:00:00.000Z", false],
    ["2026-10-01T14:00:00-0530", "2026-10-01T19:30:00.000Z", false],
    ["2026-10-01T00:30+01:00", "2026-09-30T23:30:00.000Z", false],
    ["2026-10-01T14:00:05.25Z", "2026-10-01T14:00:05.250Z", false],
    ["2026-10-01 14:00", "2026-10-01T14:00:00.000Z", true],
    ["2026-10-01 9:05:30", "2026-10-01T09:05:30.000Z", true],
    ["2026-10-01", "2026-10-01T00:00:00.000Z", true],
    ["2028-02-29", "2028-02-29T00:00:00.000Z", true],
    ["  2026-10-01T14:00Z  ", "2026-10-01T14:00:00.000Z", false],
    // Years 0–99 are those years, not 1900–1999 (Date.UTC's two-digit-year rule).
    ["0099-06-01T00:00Z", "0099-06-01T00:00:00.000Z", false],
    ["0050-01-01", "0050-01-01T00:00:00.000Z", true],
    ["0000-02-29", "0000-02-29T00:00:00.000Z", true],
    ["0001-01-01T00:30+01:00", "0000-12-31T23:30:00.000Z", false],
  ])("%s → %s", (text, iso, assumedUtc) => {
    expect(parseInstant(text)).toEqual({ iso, assumedUtc });
  });

  test.each([
    "yesterday",
    "now",
    "",
    "2026-10",
    "10/01/2026",
    "2026-13-01",
    "2026-00-10",
    "2026-02-29",
    // Year 0 is a leap year, 1900 is not: Feb 29 of year 0 is valid (above), of 100 is not.
    "0100-02-29",
    "2026-04-31",
    "2026-10-00",
    "2026-10-01T24:00Z",
    "2026-10-01T14:60Z",
    "2026-10-01T14:00:60Z",
    "2026-10-01T14:00+24:00",
    "2026-10-01T14:00+02:60",
    "2026-10-01Z",
    "2026-10-01T14Z",
    "1759327200",
  ])("%j is not an instant", (text) => {
    expect(parseInstant(text)).toBeNull();
  });
});
