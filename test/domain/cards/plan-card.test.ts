import { describe, expect, test } from "vitest";
import { planCard } from "../../../src/domain/cards/plan-card.js";
import { deploymentForm, experimentForm } from "./card-bodies.js";
import { renderCard } from "../../../src/render/render-card.js";

const steps = [5, 25, 50, 100];

describe("planCard", () => {
  test("the experiment card", async () => {
    const plan = planCard(
      {
        kind: "experiment",
        title: "Merchant embeddings",
        body: experimentForm,
        rolloutSteps: steps,
      },
      renderCard,
    );
    await expect(plan.rewrite).toMatchFileSnapshot("__snapshots__/experiment-card.md");
    expect(plan.fields).toEqual({ kind: "Experiment", model: "fraud-detector", version: "2.4.0" });
    expect(plan.answers.map((a) => a.label)).toEqual([
      "Hypothesis",
      "Dataset",
      "Features",
      "Model",
      "Version",
      "Architecture",
      "Hyperparameters",
      "Baseline",
      "Notes",
      "Owner team",
    ]);
  });

  test("the deployment card", async () => {
    const plan = planCard(
      {
        kind: "deployment",
        title: "Ship it",
        body: deploymentForm,
        rolloutSteps: steps,
      },
      renderCard,
    );
    await expect(plan.rewrite).toMatchFileSnapshot("__snapshots__/deployment-card.md");
    expect(plan.fields).toEqual({ kind: "Deployment", model: "fraud-detector", version: "v2.4.0" });
  });

  test("a body written by hand is kept whole under Notes", async () => {
    const body = "We should retry with more data.\r\n\r\n## Why\r\n\r\nDrift since October.";
    const plan = planCard(
      { kind: "experiment", title: "Retry", body, rolloutSteps: steps },
      renderCard,
    );
    expect(plan.answers).toEqual([
      { label: "", value: "We should retry with more data.\n\n## Why\n\nDrift since October." },
    ]);
    await expect(plan.rewrite).toMatchFileSnapshot("__snapshots__/hand-written-card.md");
    expect(plan.fields).toEqual({ kind: "Experiment" });
  });

  test("rewrites once: a card is left alone and read back, whatever the label", () => {
    const first = planCard(
      {
        kind: "deployment",
        title: "Ship it",
        body: deploymentForm,
        rolloutSteps: steps,
      },
      renderCard,
    );
    for (const kind of ["deployment", "experiment"] as const) {
      const again = planCard(
        { kind, title: "Renamed", body: first.rewrite, rolloutSteps: [1, 2] },
        renderCard,
      );
      expect(again).toEqual({ rewrite: null, fields: first.fields, answers: first.answers });
    }
  });

  test("is deterministic: racing handlers on the same body write the same bytes", () => {
    const input = {
      kind: "experiment" as const,
      title: "T",
      body: experimentForm,
      rolloutSteps: steps,
    };
    const plans = [
      planCard(input, renderCard),
      planCard({ ...input }, renderCard),
      planCard(structuredClone(input), renderCard),
    ];
    expect(new Set(plans.map((p) => p.rewrite)).size).toBe(1);
  });

  test("kindLabel Retraining changes only the board's Kind", () => {
    const input = {
      kind: "experiment" as const,
      title: "Retrain",
      body: "Drift.",
      rolloutSteps: steps,
    };
    const retraining = planCard({ ...input, kindLabel: "Retraining" }, renderCard);
    expect(retraining).toEqual({ ...planCard(input, renderCard), fields: { kind: "Retraining" } });
    const card = planCard(
      { ...input, body: retraining.rewrite, kindLabel: "Retraining" },
      renderCard,
    );
    expect(card.fields.kind).toBe("Retraining");
  });

  test.each([
    {
      body: "### Model\n\n  fraud-detector\nsecond line\n\n### Version\n\n_No response_",
      fields: { model: "fraud-detector" },
    },
    {
      body: "### model\n\n\n### MODEL\n\nm2\n\n### version\n\n3",
      fields: { model: "m2", version: "3" },
    },
  ])("reads Model and Version by label, first line, first non-empty: $body", ({ body, fields }) => {
    const plan = planCard({ kind: "experiment", title: "T", body, rolloutSteps: [] }, renderCard);
    expect(plan.fields).toEqual({ kind: "Experiment", ...fields });
  });

  test("leaves a body alone when the card would pass GitHub's 65,536-character limit", () => {
    const fits = planCard(
      {
        kind: "experiment",
        title: "T",
        body: "x".repeat(60_000),
        rolloutSteps: [],
      },
      renderCard,
    );
    expect(fits.rewrite).toContain("x".repeat(60_000));
    const plan = planCard(
      {
        kind: "experiment",
        title: "T",
        body: "x".repeat(65_300),
        rolloutSteps: [],
      },
      renderCard,
    );
    expect(plan).toMatchObject({ rewrite: null, fields: { kind: "Experiment" } });
    expect(plan.tooLong?.limit).toBe(65_536);
    expect(plan.tooLong?.length).toBeGreaterThan(65_536);
    expect(fits.tooLong).toBeUndefined();
    expect(plan.answers).toEqual([{ label: "", value: "x".repeat(65_300) }]);
  });
});
