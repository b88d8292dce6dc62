import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The README's section under `## <title>`, up to the next `## `. */
function section(title: string): string {
  const start = readme.indexOf(`## ${title}`);
  expect(start, `no section ${title}`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf("\n## ", start + 3);
  return readme.slice(start, end < 0 ? undefined : end);
}

test("README 'Evaluation metrics': several models, forks, Re-run, the byte limit", () => {
  const text = section("Evaluation metrics from GPU runners");
  expect(text).toContain("`mlops-metrics-<anything>`");
  expect(text).toContain("own comment");
  expect(text).toContain("fails when any model's latest evaluation");
  expect(text).toContain("`metrics.trust_forks: true`");
  expect(text).toContain("**Re-run** on `mlops/evaluation`");
  expect(text).toContain("65,535 **bytes**");
});

test("README 'Gates': Re-run on both checks, per-model gates, forks, release branches, limits", () => {
  const text = section("Gates: checklist, required checks, protection rule");
  expect(text).toContain("**Re-run** on either check (`mlops/checklist`,\n  `mlops/evaluation`)");
  expect(text).toContain("one gate per model");
  expect(text).toContain("`metrics.trust_forks`");
  expect(text).toContain("release\n  branch");
  expect(text).toContain("1,024 characters");
  expect(text).toContain("65,535 bytes");
});
