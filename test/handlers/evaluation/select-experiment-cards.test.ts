import { expect, test } from "vitest";
import { planCard } from "../../../src/domain/cards/plan-card.js";
import type { LinkedIssue } from "../../../src/github/pulls/read-pull-links.js";
import { selectExperimentCards } from "../../../src/handlers/evaluation/select-experiment-cards.js";
import { renderCard } from "../../../src/render/render-card.js";

function card(kind: "experiment" | "deployment", model: string): string {
  const body = `### Model\n\n${model}\n\n### Version\n\n1.0\n\n### Hypothesis\n\nIt helps.`;
  return planCard({ kind, title: "T", body, rolloutSteps: [5, 100] }, renderCard).rewrite ?? "";
}

const issue = (number: number, overrides: Partial<LinkedIssue> = {}): LinkedIssue => ({
  nodeId: `I_${number}`,
  number,
  title: "T",
  body: card("experiment", "fraud-detector"),
  state: "open",
  url: "",
  repo: "acme/models",
  labels: ["ml-experiment"],
  ...overrides,
});

const filter = { repo: "acme/models", label: "ml-experiment", model: "Fraud-Detector" };

test("experiment cards of this repository and this model (or of no model) take the results", () => {
  const closing = [
    issue(1),
    issue(2, { body: card("experiment", "_No response_") }),
    issue(3, { body: card("experiment", "churn-model") }),
    issue(4, { body: card("deployment", "fraud-detector"), labels: ["ml-experiment"] }),
    issue(5, { labels: ["bug"] }),
    issue(6, { repo: "acme/other" }),
    issue(7, { body: "### Model\n\nfraud-detector" }),
  ];
  expect(selectExperimentCards(closing, filter).map((i) => i.number)).toEqual([1, 2]);
});
