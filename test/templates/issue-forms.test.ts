import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { cardSections } from "../../src/domain/cards/arrange-card-sections.js";
import { parseIssueForm } from "../../src/domain/cards/parse-issue-form.js";
import { planCard } from "../../src/domain/cards/plan-card.js";
import { readCard } from "../../src/domain/cards/read-card.js";
import { renderCard } from "../../src/render/render-card.js";
import { issueFormSchema, type IssueForm } from "./issue-form-schema.js";

const root = new URL("../../", import.meta.url);
const shipped = new URL("templates/ISSUE_TEMPLATE/", root);
const ours = new URL(".github/ISSUE_TEMPLATE/", root);

function loadForm(name: string): IssueForm {
  return issueFormSchema.parse(parse(readFileSync(new URL(name, shipped), "utf8")));
}

/** The questions of a form: label, and whether it is required, in order. */
function questions(form: IssueForm) {
  return form.body.flatMap((e) =>
    e.type === "markdown"
      ? []
      : [{ label: e.attributes.label, required: e.validations?.required ?? false }],
  );
}

/** A body as GitHub writes it from the form: `### <Label>\n\n<answer>`, a fenced block for `render`. */
function submit(form: IssueForm, answers: Record<string, string>): string {
  return form.body
    .flatMap((e) => {
      if (e.type === "markdown") return [];
      const answer = answers[e.attributes.label] ?? "";
      const render = e.type === "textarea" ? e.attributes.render : undefined;
      const shown = !answer
        ? "_No response_"
        : render
          ? `\`\`\`${render}\n${answer}\n\`\`\``
          : answer;
      return [`### ${e.attributes.label}\n\n${shown}`];
    })
    .join("\n\n");
}

const forms = [
  {
    file: "ml-experiment.yml",
    kind: "experiment" as const,
    label: "ml-experiment",
    required: ["Model", "Hypothesis"],
    labels: [
      "Model",
      "Version",
      "Hypothesis",
      "Dataset",
      "Features",
      "Architecture",
      "Hyperparameters",
      "Baseline",
      "Notes",
    ],
  },
  {
    file: "ml-deployment.yml",
    kind: "deployment" as const,
    label: "ml-deployment",
    required: ["Model", "Version"],
    labels: [
      "Model",
      "Version",
      "Experiment",
      "Environment",
      "Serving",
      "Resources",
      "Rollback plan",
      "Release notes",
    ],
  },
];

describe("issue forms", () => {
  test("this repository's own copies are byte-identical to the shipped forms", () => {
    const files = readdirSync(shipped).sort();
    expect(files).toEqual(forms.map((f) => f.file).sort());
    expect(readdirSync(ours).sort()).toEqual(files);
    for (const file of files) {
      expect(readFileSync(new URL(file, ours), "utf8"), file).toBe(
        readFileSync(new URL(file, shipped), "utf8"),
      );
    }
  });

  describe.each(forms)("$file", (spec) => {
    const form = loadForm(spec.file);

    test("asks the product's questions, with unique ids and labels, and applies its label", () => {
      expect(form.labels).toEqual([spec.label]);
      expect(questions(form).map((q) => q.label)).toEqual(spec.labels);
      expect(
        questions(form)
          .filter((q) => q.required)
          .map((q) => q.label),
      ).toEqual(spec.required);
      const ids = form.body.flatMap((e) => ("id" in e ? [e.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
    });

    test("a submitted form becomes a card that keeps every answer under its label", () => {
      const answers = Object.fromEntries(
        spec.labels.map((l, i) => [l, i % 3 === 2 ? "" : `${l} answer\nline 2`]),
      );
      const body = submit(form, answers);
      const parsed = parseIssueForm(body).answers;
      expect(parsed.map((a) => a.label)).toEqual(spec.labels);
      const plan = planCard(
        { kind: spec.kind, title: "T", body, rolloutSteps: [5, 100] },
        renderCard,
      );
      expect(readCard(plan.rewrite ?? "")?.answers).toEqual(plan.answers);
      expect([...plan.answers].sort(byLabel)).toEqual([...parsed].sort(byLabel));
      // Every question has its place in a section: none is left to Notes as unknown.
      expect(plan.answers.map((a) => a.label)).toEqual(
        Object.values(cardSections[spec.kind]).flat(),
      );
      expect(plan.fields.model).toBe("Model answer");
    });
  });

  test("the form's default environment is the configuration's default", () => {
    const env = loadForm("ml-deployment.yml").body.find(
      (e) => e.type === "input" && e.attributes.label === "Environment",
    );
    expect(env?.type === "input" && env.attributes.value).toBe("production");
  });

  test.each(readdirSync(shipped).sort())(
    "%s (and its copy in .github) follows GitHub's form syntax",
    (file) => {
      for (const dir of [shipped, ours]) {
        const result = issueFormSchema.safeParse(parse(readFileSync(new URL(file, dir), "utf8")));
        expect(result.error?.issues ?? [], `${dir.pathname}${file}`).toEqual([]);
      }
    },
  );

  test("the schema accepts GitHub's own example form", () => {
    const example = {
      name: "Bug Report",
      description: "File a bug report.",
      title: "[Bug]: ",
      labels: ["bug", "triage"],
      projects: ["octo-org/1", "octo-org/44"],
      assignees: ["octocat"],
      body: [
        { type: "markdown", attributes: { value: "Thanks for taking the time!" } },
        {
          type: "input",
          id: "contact",
          attributes: { label: "Contact Details", placeholder: "ex. email@example.com" },
          validations: { required: false },
        },
        {
          type: "dropdown",
          id: "version",
          attributes: {
            label: "Version",
            options: ["1.0.2 (Default)", "1.0.3 (Edge)"],
            default: 0,
          },
          validations: { required: true },
        },
        {
          type: "textarea",
          id: "logs",
          attributes: { label: "Relevant log output", render: "shell" },
        },
        {
          type: "checkboxes",
          id: "terms",
          attributes: {
            label: "Code of Conduct",
            options: [
              { label: "I agree to follow this project's Code of Conduct", required: true },
            ],
          },
        },
      ],
    };
    expect(issueFormSchema.safeParse(example).error?.issues ?? []).toEqual([]);
  });

  const base = { name: "n", description: "d" };
  const input = (id: string, label: string) => ({ type: "input", id, attributes: { label } });
  const dropdown = (attributes: object) => ({
    type: "dropdown",
    id: "d",
    attributes: { label: "D", ...attributes },
  });
  test.each([
    ["no name", { description: "d", body: [input("a", "A")] }],
    ["a blank description", { ...base, description: "  ", body: [input("a", "A")] }],
    ["an unknown top-level key", { ...base, hello: "world", body: [input("a", "A")] }],
    ["an empty body", { ...base, body: [] }],
    ["only markdown", { ...base, body: [{ type: "markdown", attributes: { value: "hi" } }] }],
    [
      "an unknown element type",
      { ...base, body: [{ type: "inupt", id: "a", attributes: { label: "A" } }] },
    ],
    ["an id with a space", { ...base, body: [input("a b", "A")] }],
    ["two elements with one id", { ...base, body: [input("a", "A"), input("a", "B")] }],
    ["two elements with one label", { ...base, body: [input("a", "Model"), input("b", "Model")] }],
    ["labels too similar", { ...base, body: [input("a", "Model name"), input("b", "model-name")] }],
    ["an empty label", { ...base, body: [input("a", "")] }],
    [
      "required on markdown",
      {
        ...base,
        body: [
          { type: "markdown", attributes: { value: "hi" }, validations: { required: true } },
          input("a", "A"),
        ],
      },
    ],
    [
      "an id on markdown",
      {
        ...base,
        body: [{ type: "markdown", id: "m", attributes: { value: "hi" } }, input("a", "A")],
      },
    ],
    [
      "a misspelt attribute",
      { ...base, body: [{ type: "input", id: "a", attributes: { label: "A", palceholder: "x" } }] },
    ],
    ["a dropdown without options", { ...base, body: [dropdown({ options: [] })] }],
    ["a dropdown with a repeated option", { ...base, body: [dropdown({ options: ["x", "x"] })] }],
    ["a dropdown offering None", { ...base, body: [dropdown({ options: ["x", "None"] })] }],
    [
      "a dropdown option YAML reads as a boolean",
      { ...base, body: [dropdown({ options: ["yes", "x"] })] },
    ],
    [
      "a dropdown default past its options",
      { ...base, body: [dropdown({ options: ["x"], default: 1 })] },
    ],
    ["a repeated label", { ...base, labels: ["ml", "ml"], body: [input("a", "A")] }],
    ["a project without its number", { ...base, projects: ["octo-org"], body: [input("a", "A")] }],
  ])("the schema rejects what GitHub would: %s", (_name, form) => {
    expect(issueFormSchema.safeParse(form).success).toBe(false);
  });
});

function byLabel(a: { label: string }, b: { label: string }): number {
  return a.label.localeCompare(b.label);
}
