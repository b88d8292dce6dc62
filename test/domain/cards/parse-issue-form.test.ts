import { describe, expect, test } from "vitest";
import { parseIssueForm } from "../../../src/domain/cards/parse-issue-form.js";

// The shape GitHub gives a body submitted from an issue form, as seen in real issues:
// `### <Label>\n\n<answer>` joined by a blank line, `_No response_` for an empty
// optional answer, no trailing newline, and textarea answers keeping the browser's CRLF.
const formBody = [
  "### Model\n\nfraud-detector",
  "### Version\n\n_No response_",
  "### Hypothesis\n\nMerchant embeddings raise F1.\r\n\r\n- by 1 point\r\n- at p95 < 50 ms",
  "### Hyperparameters\n\n```yaml\nlr: 0.001\n### not a heading: still YAML\nepochs: 20\n```",
  "### Owner team\n\n@acme/risk-ml",
].join("\n\n");

describe("parseIssueForm", () => {
  test.each([
    {
      name: "a form body as GitHub renders it",
      body: formBody,
      answers: [
        { label: "Model", value: "fraud-detector" },
        { label: "Version", value: "" },
        {
          label: "Hypothesis",
          value: "Merchant embeddings raise F1.\n\n- by 1 point\n- at p95 < 50 ms",
        },
        {
          label: "Hyperparameters",
          value: "```yaml\nlr: 0.001\n### not a heading: still YAML\nepochs: 20\n```",
        },
        { label: "Owner team", value: "@acme/risk-ml" },
      ],
      freeText: "",
    },
    {
      name: "a body with CRLF everywhere",
      body: "### Model\r\n\r\nfraud-detector\r\n\r\n### Notes\r\n\r\na\r\nb\r\n",
      answers: [
        { label: "Model", value: "fraud-detector" },
        { label: "Notes", value: "a\nb" },
      ],
      freeText: "",
    },
    {
      name: "a body written by hand, headings of other levels included",
      body: "We should try embeddings.\n\n## Why\n\n#### Details\n\nSee #12.\n",
      answers: [],
      freeText: "We should try embeddings.\n\n## Why\n\n#### Details\n\nSee #12.",
    },
    {
      name: "text above the first heading, closing hashes, a `###` in a quote or a list",
      body: "Context first.\n\n### Model ###\n\nx\n\n> ### quoted\n\n- ### in a list\n\n###\n\nempty label",
      answers: [
        { label: "Model", value: "x\n\n> ### quoted\n\n- ### in a list" },
        { label: "", value: "empty label" },
      ],
      freeText: "Context first.",
    },
    {
      name: "a tilde fence and an indented code answer",
      body: "### Notes\n\n~~~\n### inside\n~~~\n\n### Code\n\n    indented\n    ### too",
      answers: [
        { label: "Notes", value: "~~~\n### inside\n~~~" },
        { label: "Code", value: "    indented\n    ### too" },
      ],
      freeText: "",
    },
    { name: "a null body", body: null, answers: [], freeText: "" },
    { name: "an undefined body", body: undefined, answers: [], freeText: "" },
    {
      name: "an empty answer at the end",
      body: "### Notes\n\n",
      answers: [{ label: "Notes", value: "" }],
      freeText: "",
    },
  ])("$name", ({ body, answers, freeText }) => {
    expect(parseIssueForm(body)).toEqual({ answers, freeText });
  });

  test("`####` is not a form heading and `###x` (no space) is not a heading at all", () => {
    expect(parseIssueForm("#### Model\n\nx\n\n###Version\n\n1").answers).toEqual([]);
  });
});
