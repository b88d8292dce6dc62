import { expect, test } from "vitest";
import { appLabels, type AppLabelKey } from "../../../src/domain/labels/app-labels.js";
import { planMissingLabels } from "../../../src/domain/labels/plan-missing-labels.js";
import { configSchema } from "../../../src/config/schema.js";
import { renderLabelDescriptions } from "../../../src/render/render-label-descriptions.js";

const names = configSchema.parse({}).labels;
const wanted = appLabels(names, renderLabelDescriptions());

test("the eight labels of the contract, each with a colour and a description GitHub accepts", () => {
  expect(wanted.map((l) => l.name)).toEqual([
    "ml-experiment",
    "ml-deployment",
    "ml-monitoring",
    "ml-retraining",
    "ml-data",
    "ml-training",
    "type-mlops",
    "mlops-board",
  ]);
  for (const label of wanted) {
    expect(label.color).toMatch(/^[0-9a-f]{6}$/);
    expect(label.description.length).toBeGreaterThan(0);
    expect(label.description.length).toBeLessThanOrEqual(100);
  }
});

test("a description past GitHub's 100 characters is cut", () => {
  const long = Object.fromEntries(wanted.map((l) => [l.key, "x".repeat(150)])) as Record<
    AppLabelKey,
    string
  >;
  expect(appLabels(names, long).every((l) => l.description.length === 100)).toBe(true);
});

test.each([
  ["none there", [], 8],
  ["all there", wanted.map((l) => l.name), 0],
  ["there in another case", wanted.map((l) => l.name.toUpperCase()), 0],
  ["some there, others unrelated", ["bug", "ml-experiment", "Type-MLOps"], 6],
] as const)("%s → %i to create", (_name, existing, count) => {
  expect(planMissingLabels(existing, wanted)).toHaveLength(count);
});

test("two keys configured to names that differ only in case are created once", () => {
  const [first, second] = wanted;
  if (!first || !second) throw new Error("no labels");
  const twice = [first, { ...second, name: "ML-EXPERIMENT" }];
  expect(planMissingLabels([], twice).map((l) => l.name)).toEqual(["ml-experiment"]);
});
