import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { alertPayloadSchema } from "../../src/domain/alerts/alert-payload.js";
import { readAlert } from "../../src/domain/alerts/read-alert.js";
import { ALERT_EVENT_TYPE } from "../../src/handlers/alerts/on-alert.js";

interface Step {
  id?: string;
  name?: string;
  if?: string;
  env?: Record<string, string>;
  run?: string;
}
interface Workflow {
  on: { schedule?: Array<{ cron: string }>; workflow_dispatch?: unknown };
  permissions: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
}

const text = readFileSync(
  new URL("../../templates/workflows/ml-monitor.yml", import.meta.url),
  "utf8",
);
const workflow = parse(text) as Workflow;
const [job] = Object.values(workflow.jobs);
const steps = job?.steps ?? [];
const data = steps.find((s) => s.id === "data");
const drift = steps.find((s) => s.id === "drift");
const send = steps.find((s) => s.run?.includes("/dispatches"));

/** What a run on github.com would put in the `${{ … }}` the dispatch step reads. */
const sample: Record<string, string> = {
  "steps.drift.outputs.value": "0.2065",
  "steps.drift.outputs.at": "2026-11-02T09:17:41Z",
  "github.server_url": "https://github.com",
  "github.repository": "acme/models",
  "github.run_id": "123",
  "github.token": "ghs_token",
};

/** The step's environment as the runner builds it: workflow, job, then step `env`. */
function environment(step: Step): Record<string, string> {
  const env = { ...workflow.env, ...job?.env, ...step.env };
  return Object.fromEntries(
    Object.entries(env).map(([key, value]) => [
      key,
      String(value).replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_m, name: string) => {
        if (!(name in sample)) throw new Error(`no sample for \${{ ${name} }} in ${key}`);
        return sample[name]!;
      }),
    ]),
  );
}

/**
 * The request body the step's `jq -n … | gh api … --input -` sends, read the way jq does:
 * `--arg` binds a string, `--argjson` parses JSON, and the program is one object literal of
 * `key: $var` and `key: "text"` pairs.
 */
function dispatchedBody(step: Step): unknown {
  const run = (step.run ?? "").replace(/\\\n/g, " ");
  const env = environment(step);
  const vars: Record<string, unknown> = {};
  for (const [, kind, name, variable] of run.matchAll(/--(argjson|arg) (\w+) "\$(\w+)"/g)) {
    const value = env[variable!];
    if (value === undefined) throw new Error(`$${variable} is not in the step's env`);
    vars[name!] = kind === "argjson" ? (JSON.parse(value) as unknown) : value;
  }
  const program = /'(\{.*\})'/.exec(run)?.[1] ?? "";
  const json = program
    .replace(/([{,]\s*)(\w+):/g, '$1"$2":')
    .replace(/\$(\w+)/g, (_m, name: string) => {
      if (!(name in vars)) throw new Error(`$${name} is not bound by --arg/--argjson`);
      return JSON.stringify(vars[name]);
    });
  return JSON.parse(json) as unknown;
}

test("it runs on a schedule (and by hand) with the one permission a dispatch needs", () => {
  expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
  expect(workflow.on).toHaveProperty("workflow_dispatch");
  expect(workflow.permissions).toEqual({ contents: "write" });
});

test("the drift step writes every output the dispatch step reads, and the dispatch waits for a breach", () => {
  for (const output of ["value", "breached", "at"])
    expect(drift?.run).toContain(`out.write(f"${output}=`);
  expect(drift?.name).toMatch(/placeholder/i);
  expect(send?.if).toBe("steps.drift.outputs.breached == 'true'");
  expect(send?.run).toContain(
    'gh api --method POST "repos/$GITHUB_REPOSITORY/dispatches" --input -',
  );
  expect(environment(send!).GH_TOKEN).toBe("ghs_token");
});

test("the dispatched body is an mlops-alert whose client_payload the app accepts whole", () => {
  const body = dispatchedBody(send!) as {
    event_type: string;
    client_payload: Record<string, unknown>;
  };
  expect(body.event_type).toBe(ALERT_EVENT_TYPE);
  expect(body.client_payload).toEqual({
    model: "fraud-detector",
    kind: "data_drift",
    metric: "psi",
    value: 0.2065,
    threshold: 0.2,
    environment: "production",
    url: "https://github.com/acme/models/actions/runs/123",
    at: "2026-11-02T09:17:41Z",
  });
  // Every key is one the app reads (an unknown key would be dropped without a word) ...
  const known = Object.keys(alertPayloadSchema.shape);
  expect(Object.keys(body.client_payload).filter((key) => !known.includes(key))).toEqual([]);
  // ... GitHub's limit of 10 top-level properties holds, and the app reads it as sent.
  expect(Object.keys(body.client_payload).length).toBeLessThanOrEqual(10);
  expect(readAlert(body.client_payload)).toEqual({ ok: true, alert: body.client_payload });
});

test("the interpreter is not lenient: a value sent with --arg is a string the app refuses", () => {
  const broken = { ...send!, run: send!.run!.replace("--argjson value", "--arg value") };
  const body = dispatchedBody(broken) as { client_payload: unknown };
  expect(readAlert(body.client_payload)).toMatchObject({ ok: false, field: "value" });
});

/**
 * Runs a step's script with `bash -e` in a checkout holding `files`, with the step's
 * environment (workflow, job, step) and a fresh GITHUB_OUTPUT; returns stdout and outputs.
 */
function runStep(step: Step, files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "ml-monitor-"));
  mkdirSync(join(dir, "monitoring"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  writeFileSync(join(dir, "output"), "");
  const result = spawnSync("bash", ["-e", "-c", step.run ?? "exit 1"], {
    cwd: dir,
    encoding: "utf8",
    env: { PATH: process.env.PATH, ...environment(step), GITHUB_OUTPUT: join(dir, "output") },
  });
  const outputs = Object.fromEntries(
    readFileSync(join(dir, "output"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => line.split("=", 2) as [string, string]),
  );
  return { status: result.status, stdout: result.stdout, outputs };
}

const numbers = (from: number) =>
  Array.from({ length: 200 }, (_v, i) => String(from + i / 10)).join("\n");

describe("until its data exists, the check is skipped with a notice, not failed", () => {
  test("the steps that need the data wait for it; the dispatch waits for a breach", () => {
    expect(data?.name).toBe("Look for the monitoring data");
    expect(steps.indexOf(data!)).toBe(1);
    for (const step of steps.slice(2, -1))
      expect(step.if, step.name ?? JSON.stringify(step)).toBe("steps.data.outputs.ready == 'true'");
    // A skipped drift step has no outputs, so the dispatch is skipped too.
    expect(send?.if).toBe("steps.drift.outputs.breached == 'true'");
  });

  test.each([
    [{}, "monitoring/reference.txt and monitoring/current.txt is missing or empty"],
    [{ "monitoring/reference.txt": "1\n2\n" }, "monitoring/current.txt is missing or empty"],
    [
      { "monitoring/reference.txt": "", "monitoring/current.txt": "1\n" },
      "monitoring/reference.txt is missing or empty",
    ],
  ])("%j: a notice naming what is missing, and success", (files, missing) => {
    const run = runStep(data!, files);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `::notice title=Drift check skipped::No data yet: ${missing}. Add it (one number a line) to turn the check on.\n`,
    );
    expect(run.outputs).toEqual({ ready: "false" });
  });

  test("with both files the check runs, and a shifted sample breaches the threshold", () => {
    const files = {
      "monitoring/reference.txt": numbers(0),
      "monitoring/current.txt": numbers(10),
    };
    expect(runStep(data!, files)).toMatchObject({
      status: 0,
      stdout: "",
      outputs: { ready: "true" },
    });
    const run = runStep(drift!, files);
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({
      value: expect.stringMatching(/^\d+\.\d{4}$/),
      breached: "true",
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    const same = runStep(drift!, { ...files, "monitoring/current.txt": numbers(0) });
    expect(same.outputs).toMatchObject({ value: "0.0000", breached: "false" });
  });
});
