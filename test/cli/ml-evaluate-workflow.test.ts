import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { parseMetricsFile } from "../../src/domain/metrics/metrics-file.js";
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
const runnerStep = steps.find((s) => s.name === "Add the runner to metrics.json");

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

test("checkout, Python, the evaluation, the runner block, the upload", () => {
  expect(steps.map((s) => s.uses ?? s.name)).toEqual([
    "actions/checkout@v5",
    "actions/setup-python@v6",
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
});

test("nothing a user copies fetches the unpublished mlops-bot package", () => {
  // `mlops-bot` is not on the npm registry: `npx mlops-bot@…` would fail, and whoever claims
  // the name would run code on every GPU runner.
  for (const name of ["ml-evaluate.yml", "ml-deploy.yml", "ml-monitor.yml"]) {
    const workflowText = readTemplate(`workflows/${name}`);
    expect(workflowText, name).not.toMatch(/\bnpx\b|npm (exec|install|i) /);
  }
});

/**
 * Runs the runner step as the runner does (`bash -e`), in a workspace holding `metrics`,
 * with `nvidia-smi` replaced by a script (`null`: no nvidia-smi on the PATH at all).
 */
function runRunnerStep(
  nvidiaSmi: string | null,
  metrics: object = { model: "m", metrics: { accuracy: 0.9 } },
) {
  const dir = mkdtempSync(join(tmpdir(), "ml-evaluate-"));
  writeFileSync(join(dir, "metrics.json"), JSON.stringify(metrics));
  const path = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((entry) => entry && !existsSync(join(entry, "nvidia-smi")));
  if (nvidiaSmi !== null) {
    writeFileSync(join(dir, "nvidia-smi"), `#!/bin/sh\n${nvidiaSmi}\n`);
    chmodSync(join(dir, "nvidia-smi"), 0o755);
    path.unshift(dir);
  }
  const result = spawnSync("bash", ["-e", "-c", runnerStep?.run ?? "exit 1"], {
    cwd: dir,
    encoding: "utf8",
    env: {
      ...process.env,
      PATH: path.join(delimiter),
      EVAL_STARTED: String(Math.floor(Date.now() / 1000) - 5),
    },
  });
  const written = JSON.parse(readFileSync(join(dir, "metrics.json"), "utf8")) as {
    runner: { duration_s: number };
  };
  return { status: result.status, stdout: result.stdout, written };
}

describe("the runner step (plain shell over nvidia-smi, merged by python3)", () => {
  test.each([
    ["one GPU", "echo 'NVIDIA A10G'", { gpu: "NVIDIA A10G", gpu_count: 1 }],
    [
      "four GPUs",
      "printf 'Tesla T4\\nTesla T4\\nTesla T4\\nTesla T4\\n'",
      { gpu: "Tesla T4", gpu_count: 4 },
    ],
    ["nvidia-smi but no GPU", "exit 0", { gpu: "", gpu_count: 0 }],
    ["no nvidia-smi", null, { gpu: "", gpu_count: 0 }],
  ])("%s", (_name, nvidiaSmi, gpu) => {
    const { status, stdout, written } = runRunnerStep(nvidiaSmi);
    expect(status).toBe(0);
    expect(stdout).not.toContain("::warning");
    expect(written).toEqual({
      model: "m",
      metrics: { accuracy: 0.9 },
      runner: { ...gpu, duration_s: expect.any(Number) },
    });
    expect(written.runner.duration_s).toBeGreaterThanOrEqual(5);
    // The app reads what the step wrote.
    expect(parseMetricsFile(JSON.stringify(written)).ok).toBe(true);
  });

  test("nvidia-smi that fails: a warning annotation, empty GPU fields, and the job goes on", () => {
    const failing =
      "echo 'NVIDIA-SMI has failed because it could not communicate with the NVIDIA driver.'; exit 9";
    const { status, stdout, written } = runRunnerStep(failing);
    expect(status).toBe(0);
    expect(stdout).toBe(
      "NVIDIA-SMI has failed because it could not communicate with the NVIDIA driver.\n" +
        "::warning title=nvidia-smi failed::nvidia-smi is installed but failed (see the log); " +
        "metrics.json gets empty GPU fields\n",
    );
    expect(written.runner).toEqual({ gpu: "", gpu_count: 0, duration_s: expect.any(Number) });
  });

  test("keys the evaluation wrote into runner are kept", () => {
    const { written } = runRunnerStep("echo 'NVIDIA L4'", {
      model: "m",
      metrics: {},
      runner: { gpu: "stale", host: "gpu-7" },
    });
    expect(written.runner).toEqual({
      gpu: "NVIDIA L4",
      gpu_count: 1,
      host: "gpu-7",
      duration_s: expect.any(Number),
    });
  });
});
