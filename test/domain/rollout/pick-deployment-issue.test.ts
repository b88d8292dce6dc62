import { expect, test } from "vitest";
import { planCard } from "../../../src/domain/cards/plan-card.js";
import { pickDeploymentIssue } from "../../../src/domain/rollout/pick-deployment-issue.js";
import { renderCard } from "../../../src/render/render-card.js";

const card = (version: string) =>
  planCard(
    {
      kind: "deployment",
      title: "Ship",
      body: `### Model\n\nfraud-detector\n\n### Version\n\n${version}`,
      rolloutSteps: [5, 100],
    },
    renderCard,
  ).rewrite ?? "";
const issue = (number: number, body: string, labels = ["ml-deployment"], repo = "acme/models") => ({
  nodeId: `I_${number}`,
  number,
  body,
  repo,
  labels,
});
const options = { repo: "acme/models", label: "ml-deployment", prNumber: 42 };

test("the deployment issue's card gives the model and version", () => {
  const picked = pickDeploymentIssue(
    [issue(1, "x", ["ml-experiment"]), issue(2, card("v2.4.0"))],
    options,
  );
  expect(picked).toMatchObject({ ok: true, number: 2, model: "fraud-detector", version: "2.4.0" });
});

test("an issue of another repository or without the label does not count", () => {
  const picked = pickDeploymentIssue(
    [issue(2, card("2.4.0"), ["ml-deployment"], "acme/other"), issue(3, card("2.4.0"), [])],
    options,
  );
  expect(picked).toEqual({
    ok: false,
    message: expect.stringContaining("PR #42 closes no ml-deployment issue"),
  });
});

test("a deployment issue without a Version names the fix", () => {
  const picked = pickDeploymentIssue([issue(2, card(""))], options);
  expect(picked).toEqual({
    ok: false,
    message: expect.stringContaining("#2 names no Model and Version"),
  });
});

test("with a model given, only that model's card matches", () => {
  expect(pickDeploymentIssue([issue(2, card("2.4.0"))], { ...options, model: "churn" }).ok).toBe(
    false,
  );
});
