import { expect, test } from "vitest";
import { planCard } from "../../../src/domain/cards/plan-card.js";
import { renderAlertRetraining } from "../../../src/render/render-alert-retraining.js";
import { renderCard } from "../../../src/render/render-card.js";
import { driftAlert } from "./alert-fixtures.js";

// The version to beat comes from a deployment issue's Version answer: free text.
const hostile = "2.4.0 @acme/ml-team **[win](https://evil.example)** <img src=x>";

const input = {
  alert: { ...driftAlert, kind: "data_drift" as const },
  at: new Date("2026-11-02T10:00:00Z"),
  incident: 7,
  window: { from: "2026-10-26", to: "2026-11-02", days: 7 },
  versionToBeat: hostile,
};

test("the retraining form escapes the version to beat: no ping, no link, no HTML", () => {
  const { form } = renderAlertRetraining(input);
  const baseline = form.split("### Baseline\n\n")[1]?.split("\n")[0];
  expect(baseline).toBe(
    "2.4.0 @&#8203;acme/ml-team \\*\\*\\[win\\](https://evil.example)\\*\\* &lt;img src=x\\>: the version live in production when the alert came; the retrained model must beat it.",
  );
});

test("the card made from the form keeps the escaped version", () => {
  const { title, form } = renderAlertRetraining(input);
  const card = planCard(
    {
      kind: "experiment",
      title,
      body: form,
      rolloutSteps: [5, 25, 50, 100],
      kindLabel: "Retraining",
    },
    renderCard,
  );
  expect(card.rewrite).toContain("2.4.0 @&#8203;acme/ml-team \\*\\*\\[win\\]");
  expect(card.rewrite).not.toContain("@acme/ml-team");
  expect(card.rewrite).not.toContain("<img");
});

test("a plain version still reads well", () => {
  const { form } = renderAlertRetraining({ ...input, versionToBeat: "2.4.0" });
  expect(form).toContain(
    "### Baseline\n\n2.4.0: the version live in production when the alert came; the retrained model must beat it.\n",
  );
});
