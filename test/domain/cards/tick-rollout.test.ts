import { describe, expect, test } from "vitest";
import { readRegion } from "../../../src/domain/cards/card-region.js";
import { planCard } from "../../../src/domain/cards/plan-card.js";
import { showRolloutAt } from "../../../src/domain/cards/tick-rollout.js";
import { deploymentForm } from "./card-bodies.js";
import { renderCard } from "../../../src/render/render-card.js";

const card =
  planCard(
    { kind: "deployment", title: "T", body: deploymentForm, rolloutSteps: [5, 25, 50, 100] },
    renderCard,
  ).rewrite ?? "";

function boxes(body: string): string {
  return (readRegion(body, "rollout") ?? "")
    .split("\n")
    .map((line) => (line.startsWith("- [x]") ? "x" : "."))
    .join("");
}

describe("showRolloutAt", () => {
  test.each([
    { percent: 5, expected: "x..." },
    { percent: 25, expected: "xx.." },
    { percent: 30, expected: "xx.." },
    { percent: 100, expected: "xxxx" },
    { percent: 0, expected: "...." },
  ])("ticks $percent% and every step below it", ({ percent, expected }) => {
    expect(boxes(showRolloutAt(card, percent))).toBe(expected);
  });

  test.each([
    { percent: 0, expected: "...." },
    { percent: 25, expected: "xx.." },
    { percent: 100, expected: "xxxx" },
  ])("from 100%, unticks the steps above $percent%", ({ percent, expected }) => {
    expect(boxes(showRolloutAt(showRolloutAt(card, 100), percent))).toBe(expected);
  });

  test("is idempotent and touches nothing outside the rollout region", () => {
    const once = showRolloutAt(card, 50);
    expect(showRolloutAt(once, 50)).toBe(once);
    expect(once.replace(/- \[x\] (\d+)% traffic/g, "- [ ] $1% traffic")).toBe(card);
    expect(once).toContain("- [ ] Model validated");
  });

  test("a body without the rollout region is returned as it was", () => {
    const body = "- [ ] 5% traffic\r\n";
    expect(showRolloutAt(body, 100)).toBe(body);
    expect(showRolloutAt(body, 0)).toBe(body);
  });

  test("reads boxes a person ticked with X or wrote with * and keeps their text", () => {
    const body = card.replace("- [ ] 25% traffic", "* [X] 25% traffic (EU only)");
    const next = showRolloutAt(body, 50);
    expect(readRegion(next, "rollout")).toBe(
      "- [x] 5% traffic\n* [X] 25% traffic (EU only)\n- [x] 50% traffic\n- [ ] 100% traffic",
    );
  });
});
