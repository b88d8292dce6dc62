import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { readTemplate } from "../../src/render/render-template.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { "runs-on": unknown; steps: Step[] }>;
}

const text = readTemplate("workflows/ml-evaluate.yml");
const workflow = parse(text) as Workflow;
const steps = workflow.jobs.evaluate?.steps ?? [];
const packageMajor = (
  JSON.parse(readFileSync("package.json", "utf8")) as { version: string }
).version.split(".")[0];

test("runs on pull requests with read-only contents", () => {
  expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
  expect(workflow.permissions).toEqual({ contents: "read" });
  expect(workflow.jobs.evaluate?.["runs-on"]).toBe("ubuntu-latest");
});

test("documents GPU runners: GitHub's larger runners and self-hosted", () => {
  expect(text).toContain("runs-on: gpu-t4-4-core");
  expect(text).toContain("runs-on: [self-hosted, gpu]");
  expect(text).toContain("Tesla T4");
});

test("checkout, Python, Node, the evaluation, the runner block, the upload", () => {
  expect(steps.map((s) => s.uses ?? s.name)).toEqual([
    "actions/checkout@v5",
    "actions/setup-python@v6",
    "actions/setup-node@v5",
    "Record the start time",
    "Evaluate the model",
    "Add the runner to metrics.json",
    "actions/upload-artifact@v4",
  ]);
  expect(steps.at(-1)?.with).toEqual({
    name: "mlops-metrics",
    path: "metrics.json",
    "if-no-files-found": "error",
    "retention-days": 14,
  });
  expect(steps[5]?.run).toContain(`npx --yes mlops-bot@${packageMajor} metrics runner-info`);
});

test("the runner step merges runner-info and the duration into metrics.json", () => {
  const dir = mkdtempSync(join(tmpdir(), "ml-evaluate-"));
  writeFileSync(
    join(dir, "metrics.json"),
    JSON.stringify({ model: "m", metrics: { accuracy: 0.9 } }),
  );
  // Stands in for `npx --yes mlops-bot@0 …`, which would fetch the package.
  writeFileSync(join(dir, "npx"), `#!/bin/sh\necho '{"gpu":"Tesla T4","gpu_count":1}'\n`);
  chmodSync(join(dir, "npx"), 0o755);
  execFileSync("bash", ["-e", "-c", steps[5]?.run ?? "exit 1"], {
    cwd: dir,
    env: {
      ...process.env,
      PATH: `${dir}${delimiter}${process.env.PATH ?? ""}`,
      EVAL_STARTED: String(Math.floor(Date.now() / 1000) - 5),
    },
  });
  const written = JSON.parse(readFileSync(join(dir, "metrics.json"), "utf8")) as Record<
    string,
    unknown
  >;
  expect(written).toEqual({
    model: "m",
    metrics: { accuracy: 0.9 },
    runner: { gpu: "Tesla T4", gpu_count: 1, duration_s: expect.any(Number) },
  });
  expect((written.runner as { duration_s: number }).duration_s).toBeGreaterThanOrEqual(5);
});
