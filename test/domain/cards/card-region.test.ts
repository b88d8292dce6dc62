import { describe, expect, test } from "vitest";
import { readRegion, replaceRegion } from "../../../src/domain/cards/card-region.js";
import { planCard } from "../../../src/domain/cards/plan-card.js";
import { deploymentForm, experimentForm } from "./card-bodies.js";
import { renderCard } from "../../../src/render/render-card.js";

const experiment =
  planCard({ kind: "experiment", title: "T", body: experimentForm, rolloutSteps: [] }, renderCard)
    .rewrite ?? "";
const deployment =
  planCard(
    { kind: "deployment", title: "T", body: deploymentForm, rolloutSteps: [5, 100] },
    renderCard,
  ).rewrite ?? "";

describe("card regions", () => {
  test("a new card has the Results placeholder and the Rollout boxes", () => {
    expect(readRegion(experiment, "results")).toMatch(/^_mlops-bot fills this in .*_$/);
    expect(readRegion(experiment, "rollout")).toBeNull();
    expect(readRegion(deployment, "rollout")).toBe("- [ ] 5% traffic\n- [ ] 100% traffic");
  });

  test("replacing a region changes nothing outside its markers", () => {
    const table = "| metric | value |\n| --- | --- |\n| accuracy | 0.931 |";
    const next = replaceRegion(experiment, "results", `\n${table}\n\n`);
    expect(readRegion(next, "results")).toBe(table);
    const [before, after] = experiment.split(
      /<!-- mlops-bot:results:start -->[\s\S]*<!-- mlops-bot:results:end -->/,
    );
    expect(next.startsWith(`${before}<!-- mlops-bot:results:start -->\n\n${table}\n\n`)).toBe(true);
    expect(next.endsWith(`<!-- mlops-bot:results:end -->${after}`)).toBe(true);
    expect(replaceRegion(next, "results", table)).toBe(next);
  });

  test("a CRLF body keeps its line endings outside the region", () => {
    const crlf = experiment.replace(/\n/g, "\r\n");
    const next = replaceRegion(crlf, "results", "new");
    expect(readRegion(next, "results")).toBe("new");
    expect(next.split("<!-- mlops-bot:results:end -->")[1]).toBe(
      crlf.split("<!-- mlops-bot:results:end -->")[1],
    );
  });

  test.each([
    { name: "no markers", body: "Person's text\n\n" },
    { name: "a start marker only", body: "Text\n<!-- mlops-bot:results:start -->\nold" },
    {
      name: "the end marker before the start",
      body: "<!-- mlops-bot:results:end -->\n<!-- mlops-bot:results:start -->",
    },
  ])("a body with $name gets the region appended under its heading", ({ body }) => {
    expect(readRegion(body, "results")).toBeNull();
    const next = replaceRegion(body, "results", "metrics");
    expect(next).toBe(
      `${body.trimEnd()}\n\n### Results\n\n<!-- mlops-bot:results:start -->\n\nmetrics\n\n<!-- mlops-bot:results:end -->\n`,
    );
    expect(readRegion(next, "results")).toBe("metrics");
  });
});
