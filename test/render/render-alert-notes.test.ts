import { expect, test } from "vitest";
import { alertNotesView, MAX_SHOWN_PROBLEMS } from "../../src/render/render-alert-notes.js";

const problems = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ path: `columns.${i}`, message: "Expected a string" }));

const section = (n: number) =>
  alertNotesView({
    unrecorded: null,
    linkDropped: false,
    configError: { file: ".github/mlops.yml", problems: problems(n), fingerprint: "f" },
  }).configError ?? "";

// The incident's config-error section counts as every other config-error text does
// (showConfigProblems): numbers with separators, "1 more problem" in the singular.
test.each([
  [MAX_SHOWN_PROBLEMS + 1, "11 problems,", "| … | and 1 more problem |"],
  [1_234, "1,234 problems,", "| … | and 1,224 more problems |"],
])("%i problems: the first ten listed and the rest counted", (n, count, more) => {
  const text = section(n);
  expect(text).toContain(`**.github/mlops.yml** has ${count} so this alert`);
  expect(text).toContain(more);
  expect(text.match(/^\| columns\.\d+ \|/gm)).toHaveLength(MAX_SHOWN_PROBLEMS);
});

test("one problem: no count line", () => {
  const text = section(1);
  expect(text).toContain("has a problem,");
  expect(text).not.toContain("| … |");
});
