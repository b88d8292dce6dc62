import { expect, test } from "vitest";
import { formCardKind } from "../../../src/domain/labels/form-card-kind.js";
import { issueForm } from "../../helpers/issue-form.js";

test.each([
  [
    "the experiment form",
    issueForm({ Model: "m", Version: "_No response_", Hypothesis: "h" }),
    "experiment",
  ],
  [
    "the deployment form",
    issueForm({ Model: "m", Version: "1", "Rollback plan": "_No response_" }),
    "deployment",
  ],
  [
    "a form with extra headings",
    issueForm({ Model: "m", Hypothesis: "h", "Owner team": "x" }),
    "experiment",
  ],
  ["a body written by hand", "Model fraud-detector, hypothesis: it helps.", null],
  ["one heading only", issueForm({ Model: "m" }), null],
  ["headings inside a code block", "```\n### Model\n\nm\n\n### Hypothesis\n\nh\n```", null],
  [
    "a card the app wrote",
    `<!-- mlops-bot:card experiment v1 -->\n${issueForm({ Model: "m", Hypothesis: "h" })}`,
    null,
  ],
  ["no body", null, null],
] as const)("%s → %s", (_name, body, kind) => {
  expect(formCardKind(body)).toBe(kind);
});
