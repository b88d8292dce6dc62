import { expect, test } from "vitest";
import { redeliverySince } from "../../../src/domain/alerts/redelivery-window.js";

test("a redelivery reaches 4 days back: GitHub's 3 days of deliveries and a day for clocks", () => {
  expect(redeliverySince(new Date("2026-11-02T09:30:00Z"))).toBe("2026-10-29T09:30:00.000Z");
});
