import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, test } from "vitest";
import { planCard } from "../../src/domain/cards/plan-card.js";
import { renderCard } from "../../src/render/render-card.js";

/** The card as GitHub reads it (GFM), to check what people see rather than the bytes. */
function markdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function plain(node: Nodes): string {
  if ("value" in node) return node.value;
  return "children" in node ? node.children.map((c) => plain(c)).join("") : "";
}

function headings(text: string, depth: number): string[] {
  return markdown(text).children.flatMap((n) =>
    n.type === "heading" && n.depth === depth ? [plain(n)] : [],
  );
}

function tasks(text: string): string[] {
  return markdown(text).children.flatMap((n) =>
    n.type === "list" ? n.children.map((i) => `${i.checked ? "[x]" : "[ ]"} ${plain(i)}`) : [],
  );
}

const form =
  "Free text.\n\n### Model\n\nfraud-detector\n\n### Version\n\n2.4.0\n\n### Notes\n\n- [ ] mine\n\n| a |\n| - |\n| 1 |";
const card = (kind: "experiment" | "deployment", title = "Embeddings", body = form) =>
  planCard({ kind, title, body, rolloutSteps: [5, 25, 50, 100] }, renderCard).rewrite ?? "";

describe("card templates", () => {
  test("the experiment card has the headings and Outcome boxes later steps rely on", () => {
    const text = card("experiment");
    expect(headings(text, 2)).toEqual(["Experiment: Embeddings"]);
    expect(headings(text, 3)).toEqual([
      "Hypothesis",
      "Data",
      "Model",
      "Results",
      "Outcome",
      "Notes",
    ]);
    expect(tasks(text)).toEqual([
      "[ ] Promote to production",
      "[ ] Iterate",
      "[ ] Abandon",
      "[ ] mine",
    ]);
  });

  test("the deployment card has the headings, the Checklist and one Rollout box per step", () => {
    const text = card("deployment");
    expect(headings(text, 2)).toEqual(["Deploy model: fraud-detector v2.4.0"]);
    expect(headings(text, 3)).toEqual([
      "Model info",
      "Deployment",
      "Checklist",
      "Rollout",
      "Rollback plan",
      "Notes",
    ]);
    expect(tasks(text)).toEqual([
      "[ ] Model validated",
      "[ ] A/B test configured",
      "[ ] Monitoring set up",
      "[ ] Rollback tested",
      "[ ] Alerts configured",
      "[ ] 5% traffic",
      "[ ] 25% traffic",
      "[ ] 50% traffic",
      "[ ] 100% traffic",
      "[ ] mine",
    ]);
  });

  test.each(["experiment", "deployment"] as const)(
    "the hidden markers of a %s card hide nothing a person wrote",
    (kind) => {
      const html = markdown(card(kind)).children.filter((n) => n.type === "html");
      for (const node of html)
        expect(node.type === "html" && node.value).toMatch(/^<!-- mlops-bot:[^\n]* -->$/);
      expect(markdown(card(kind)).children.some((n) => n.type === "table")).toBe(true);
    },
  );

  test.each([
    { title: "Two\nlines", shown: "Two lines" },
    { title: "#1 <!-- c **bold** ##", shown: "#1 <!-- c **bold** ##" },
    { title: "ping @acme/team [x](y)", shown: "ping @\u200Bacme/team [x](y)" },
  ])("a title stays one plain-text heading line: $title", ({ title, shown }) => {
    const text = card("experiment", title);
    expect(headings(text, 2)).toEqual([`Experiment: ${shown}`]);
    expect(text.split("\n")[1]?.startsWith("## Experiment: ")).toBe(true);
  });

  test.each([
    { model: "fraud-detector", version: "v2.4.0", heading: "Deploy model: fraud-detector v2.4.0" },
    { model: "fraud-detector", version: "vnext", heading: "Deploy model: fraud-detector vvnext" },
    { model: "a\nb #x", version: undefined, heading: "Deploy model: a b #x" },
    { model: undefined, version: "1", heading: "Deploy model: Ship it v1" },
  ])(
    "the deployment heading from model $model and version $version",
    ({ model, version, heading }) => {
      const text = renderCard({
        kind: "deployment",
        title: "Ship it",
        model,
        version,
        sections: [],
        rolloutSteps: [],
      });
      expect(headings(text, 2)).toEqual([heading]);
    },
  );

  test("answers are kept as the person wrote them; a label is one heading line", () => {
    const text = renderCard({
      kind: "experiment",
      title: "T",
      sections: [
        { title: "Notes", answers: [{ label: "Odd\nlabel", value: "**bold** @me #12 <b>x</b>" }] },
      ],
      rolloutSteps: [],
    });
    expect(text).toContain(
      '#### Odd label\n<!-- mlops-bot:answer "Odd\\nlabel" -->\n**bold** @me #12 <b>x</b>\n',
    );
  });

  test("rollout steps are written in order, once each", () => {
    const text = renderCard({
      kind: "deployment",
      title: "T",
      sections: [],
      rolloutSteps: [50, 5, 50, 100],
    });
    expect(tasks(text).slice(5)).toEqual(["[ ] 5% traffic", "[ ] 50% traffic", "[ ] 100% traffic"]);
  });
});
