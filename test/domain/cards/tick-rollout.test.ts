import { describe, expect, test } from "vitest";
import { readRegion } from "../../../src/domain/cards/card-region.js";
import { planCard } from "../../../src/domain/cards/plan-card.js";
import { tickRolloutStep, untickRollout } from "../../../src/domain/cards/tick-rollout.js";
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

describe("tickRolloutStep", () => {
  test.each([
    { percent: 5, expected: "x..." },
    { percent: 25, expected: "xx.." },
    { percent: 30, expected: "xx.." },
    { percent: 100, expected: "xxxx" },
    { percent: 0, expected: "...." },
  ])("ticks $percent% and every step below it", ({ percent, expected }) => {
    expect(boxes(tickRolloutStep(card, percent))).toBe(expected);
  });

  test("is idempotent and touches nothing outside the rollout region", () => {
    const once = tickRolloutStep(card, 50);
    expect(tickRolloutStep(once, 50)).toBe(once);
    expect(tickRolloutStep(once, 25)).toBe(once);
    expect(once.replace(/- \[x\] (\d+)% traffic/g, "- [ ] $1% traffic")).toBe(card);
    expect(once).toContain("- [ ] Model validated");
  });

  test("a body without the rollout region is returned as it was", () => {
    const body = "- [ ] 5% traffic\r\n";
    expect(tickRolloutStep(body, 100)).toBe(body);
    expect(untickRollout(body)).toBe(body);
  });

  test("reads boxes a person ticked with X or wrote with * and keeps their text", () => {
    const body = card.replace("- [ ] 25% traffic", "* [X] 25% traffic (EU only)");
    const next = tickRolloutStep(body, 50);
    expect(readRegion(next, "rollout")).toBe(
      "- [x] 5% traffic\n* [X] 25% traffic (EU only)\n- [x] 50% traffic\n- [ ] 100% traffic",
    );
  });
});

describe("untickRollout", () => {
  test.each([
    { above: undefined, expected: "...." },
    { above: 25, expected: "xx.." },
    { above: 100, expected: "xxxx" },
  ])("unticks the steps above $above", ({ above, expected }) => {
    expect(boxes(untickRollout(tickRolloutStep(card, 100), above))).toBe(expected);
  });
});
