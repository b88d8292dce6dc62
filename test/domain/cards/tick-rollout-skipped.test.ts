import { describe, expect, test } from "vitest";
import { readRegion } from "../../../src/domain/cards/card-region.js";
import { planCard } from "../../../src/domain/cards/plan-card.js";
import { showRolloutAt } from "../../../src/domain/cards/tick-rollout.js";
import { renderCard } from "../../../src/render/render-card.js";
import { deploymentForm } from "./card-bodies.js";

const card =
  planCard(
    { kind: "deployment", title: "T", body: deploymentForm, rolloutSteps: [5, 25, 50, 100] },
    renderCard,
  ).rewrite ?? "";

/** The rollout region's box lines. */
function rollout(body: string): string[] {
  return (readRegion(body, "rollout") ?? "").split("\n").filter((l) => l.startsWith("- ["));
}

describe("showRolloutAt with the steps reached: a step jumped over is unticked and marked skipped", () => {
  test.each<[string, number, number[], string[]]>([
    [
      "5% → 25% → 100% skips 50%",
      100,
      [5, 25, 100],
      [
        "- [x] 5% traffic",
        "- [x] 25% traffic",
        "- [ ] 50% traffic (skipped)",
        "- [x] 100% traffic",
      ],
    ],
    [
      "straight to 25% skips 5%",
      25,
      [25],
      [
        "- [ ] 5% traffic (skipped)",
        "- [x] 25% traffic",
        "- [ ] 50% traffic",
        "- [ ] 100% traffic",
      ],
    ],
    [
      "a 100% step whose job failed: back at 25%, nothing marked above it",
      25,
      [5, 25],
      ["- [x] 5% traffic", "- [x] 25% traffic", "- [ ] 50% traffic", "- [ ] 100% traffic"],
    ],
    [
      "every step, in order",
      100,
      [5, 25, 50, 100],
      ["- [x] 5% traffic", "- [x] 25% traffic", "- [x] 50% traffic", "- [x] 100% traffic"],
    ],
  ])("%s", (_name, percent, reached, expected) => {
    expect(rollout(showRolloutAt(card, percent, reached))).toEqual(expected);
  });

  test("a rollback clears the boxes and the skipped marks; a repeat changes nothing", () => {
    const jumped = showRolloutAt(card, 100, [5, 25, 100]);
    expect(showRolloutAt(jumped, 100, [5, 25, 100])).toBe(jumped);
    const back = showRolloutAt(jumped, 0, []);
    expect(rollout(back)).toEqual(rollout(card));
    expect(back).toBe(card);
  });

  test("a box a person ticked as [X] on a reached step is left as written", () => {
    const upper = showRolloutAt(card, 5).replace("- [x] 5% traffic", "- [X] 5% traffic");
    expect(showRolloutAt(upper, 5, [5])).toBe(upper);
  });
});
