import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { cardSections } from "../../src/domain/cards/arrange-card-sections.js";
import { parseIssueForm } from "../../src/domain/cards/parse-issue-form.js";
import { planCard } from "../../src/domain/cards/plan-card.js";
import { readCard } from "../../src/domain/cards/read-card.js";
import { renderCard } from "../../src/render/render-card.js";

const root = new URL("../../", import.meta.url);
const shipped = new URL("templates/ISSUE_TEMPLATE/", root);
const ours = new URL(".github/ISSUE_TEMPLATE/", root);

// GitHub's form schema ("Syntax for issue forms", "Syntax for GitHub's form schema"),
// strict so that a misspelt key fails here rather than on GitHub.
const label = z.string().trim().min(1);
const id = z.string().regex(/^[A-Za-z0-9_-]+$/);
const required = z.object({ required: z.boolean() }).strict().optional();
const text = { label, description: z.string().optional(), placeholder: z.string().optional() };
const element = z.discriminatedUnion("type", [
  z
    .object({ type: z.literal("markdown"), attributes: z.object({ value: label }).strict() })
    .strict(),
  z
    .object({
      type: z.literal("input"),
      id,
      attributes: z.object({ ...text, value: z.string().optional() }).strict(),
      validations: required,
    })
    .strict(),
  z
    .object({
      type: z.literal("textarea"),
      id,
      attributes: z
        .object({ ...text, value: z.string().optional(), render: z.string().optional() })
        .strict(),
      validations: required,
    })
    .strict(),
  z
    .object({
      type: z.literal("dropdown"),
      id,
      attributes: z
        .object({
          label,
          description: z.string().optional(),
          multiple: z.boolean().optional(),
          options: z.array(label).min(1),
          default: z.number().int().optional(),
        })
        .strict(),
      validations: required,
    })
    .strict(),
]);
const issueForm = z
  .object({
    name: label,
    description: label,
    title: z.string().optional(),
    labels: z.array(label).min(1),
    assignees: z.array(label).optional(),
    body: z.array(element).min(1),
  })
  .strict();
type IssueForm = z.infer<typeof issueForm>;

function loadForm(name: string): IssueForm {
  return issueForm.parse(parse(readFileSync(new URL(name, shipped), "utf8")));
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

  test("the schema rejects what GitHub would", () => {
    const bad = [
      {
        description: "d",
        labels: ["x"],
        body: [{ type: "input", id: "a", attributes: { label: "A" } }],
      },
      {
        name: "n",
        description: "d",
        labels: ["x"],
        body: [{ type: "input", attributes: { label: "A" } }],
      },
      {
        name: "n",
        description: "d",
        labels: ["x"],
        body: [{ type: "input", id: "a", attributes: { label: "" } }],
      },
      {
        name: "n",
        description: "d",
        labels: ["x"],
        body: [{ type: "inupt", id: "a", attributes: { label: "A" } }],
      },
      {
        name: "n",
        description: "d",
        labels: ["x"],
        body: [{ type: "input", id: "a b", attributes: { label: "A" } }],
      },
    ];
    for (const form of bad)
      expect(issueForm.safeParse(form).success, JSON.stringify(form)).toBe(false);
  });
});

function byLabel(a: { label: string }, b: { label: string }): number {
  return a.label.localeCompare(b.label);
}
