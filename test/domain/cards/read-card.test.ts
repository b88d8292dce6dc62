import { describe, expect, test } from "vitest";
import type { CardKind } from "../../../src/domain/cards/card-types.js";
import { planCard } from "../../../src/domain/cards/plan-card.js";
import { readCard } from "../../../src/domain/cards/read-card.js";
import { roundTripBodies } from "./card-bodies.js";
import { renderCard } from "../../../src/render/render-card.js";

const kinds: CardKind[] = ["experiment", "deployment"];

describe("readCard", () => {
  describe.each(kinds)("reads back every answer of a %s card exactly", (kind) => {
    test.each(roundTripBodies)("$name", ({ body }) => {
      const plan = planCard({ kind, title: "T", body, rolloutSteps: [5, 100] }, renderCard);
      expect(plan.rewrite).not.toBeNull();
      expect(readCard(plan.rewrite ?? "")).toEqual({ kind, answers: plan.answers });
    });
  });

  test("keeps every answer and the free text of the original body", () => {
    for (const { body } of roundTripBodies) {
      const plan = planCard({ kind: "experiment", title: "T", body, rolloutSteps: [] }, renderCard);
      const texts = plan.answers.map((a) => a.value).join("\n");
      for (const line of (body ?? "").split(/\r?\n/)) {
        if (!/^#{3} |_No response_/.test(line)) expect(texts).toContain(line.trim());
      }
    }
  });

  test("reads what a person edited, with CRLF, and an answer whose end marker was deleted", () => {
    const card = planCard(
      {
        kind: "deployment",
        title: "T",
        body: "### Model\n\nold\n\n### Version\n\n1.0",
        rolloutSteps: [],
      },
      renderCard,
    ).rewrite;
    const edited = (card ?? "")
      .replace("\nold\n", "\nnew-model\n")
      .replace("new-model\n<!-- mlops-bot:answer-end -->", "new-model")
      .replace(/\n/g, "\r\n");
    expect(readCard(edited)?.answers.slice(0, 2)).toEqual([
      { label: "Model", value: "new-model\n\n#### Version" },
      { label: "Version", value: "1.0" },
    ]);
  });

  test.each([
    { name: "no card marker", body: "### Model\n\nx" },
    { name: "a marker of another app", body: "<!-- other-bot:card experiment v1 -->" },
    { name: "a marker inside a line", body: "text <!-- mlops-bot:card experiment v1 -->" },
  ])("is null for a body with $name", ({ body }) => {
    expect(readCard(body)).toBeNull();
  });

  test.each([
    '<!-- mlops-bot:answer "x -->',
    '<!-- mlops-bot:answer "bad \\q" -->',
    "<!-- mlops-bot:answer 7 -->",
  ])("skips an answer marker whose label is not a JSON string: %s", (marker) => {
    const body = `<!-- mlops-bot:card experiment v1 -->\n${marker}\nA\n<!-- mlops-bot:answer-end -->`;
    expect(readCard(body)).toEqual({ kind: "experiment", answers: [] });
  });
});
