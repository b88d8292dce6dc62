import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { deploymentPayloadSchema } from "../../src/domain/rollout/deployment-payload-schema.js";

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  run?: string;
}
interface Job {
  needs?: string | string[];
  if?: string;
  environment?: string;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const text = readFileSync(
  new URL("../../templates/workflows/ml-deploy.yml", import.meta.url),
  "utf8",
);
const workflow = parse(text) as Workflow;
const jobs = workflow.jobs;

/** A deployment the app creates for `/promote 25%` (its payload as the contract has it). */
const payload = {
  model: "fraud-detector",
  version: "2.5.0",
  rollout: 25,
  stable_version: "2.4.0",
  metrics: { accuracy: 0.93 },
  pull_request: 42,
  comment_id: 7,
};

/** What a run puts in the `${{ … }}` of the steps' `env`, for a payload. */
function sample(p: { rollout: number; stable_version: string | null }): Record<string, string> {
  return {
    "github.token": "ghs_token",
    "github.event.deployment.statuses_url":
      "https://api.github.com/repos/acme/models/deployments/9/statuses",
    "github.server_url": "https://github.com",
    "github.repository": "acme/models",
    "github.run_id": "123",
    "github.event.deployment.payload.model": payload.model,
    "github.event.deployment.payload.version": payload.version,
    // Actions renders null as the empty string.
    "github.event.deployment.payload.stable_version": p.stable_version ?? "",
    "github.event.deployment.payload.rollout": String(p.rollout),
  };
}

/** A step's env with its `${{ … }}` replaced; `extra` answers the expressions `sample` lacks. */
function environment(
  step: Step,
  values: Record<string, string>,
  extra: Record<string, string> = {},
): Record<string, string> {
  const all = { ...values, ...extra };
  return Object.fromEntries(
    Object.entries(step.env ?? {}).map(([key, value]) => [
      key,
      String(value).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_m, name: string) => {
        if (!(name in all)) throw new Error(`no sample for \${{ ${name} }} in ${key}`);
        return all[name]!;
      }),
    ]),
  );
}

/**
 * Runs a step's script with `bash -e`, as the runner does, with `gh` replaced by a script
 * that records its arguments and prints `ghAnswer`. Returns stdout, the step's outputs and
 * summary, and each `gh` call.
 */
function runStep(step: Step, env: Record<string, string>, ghAnswer = "") {
  const dir = mkdtempSync(join(tmpdir(), "ml-deploy-"));
  writeFileSync(
    join(dir, "gh"),
    `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> "${dir}/gh-args"; done\necho --- >> "${dir}/gh-args"\necho '${ghAnswer}'\n`,
  );
  chmodSync(join(dir, "gh"), 0o755);
  for (const file of ["output", "summary", "gh-args"]) writeFileSync(join(dir, file), "");
  const result = spawnSync("bash", ["-e", "-c", step.run ?? "exit 1"], {
    cwd: dir,
    encoding: "utf8",
    env: {
      PATH: `${dir}${delimiter}${process.env.PATH ?? ""}`,
      GITHUB_OUTPUT: join(dir, "output"),
      GITHUB_STEP_SUMMARY: join(dir, "summary"),
      ...env,
    },
  });
  const read = (file: string) => readFileSync(join(dir, file), "utf8");
  const calls = read("gh-args")
    .split("---\n")
    .filter(Boolean)
    .map((call) => call.trimEnd().split("\n"));
  return {
    status: result.status,
    stdout: result.stdout,
    output: read("output"),
    summary: read("summary"),
    calls,
  };
}

test("it runs on the app's deployments only, one at a time per environment", () => {
  expect(Object.keys(workflow.on)).toEqual(["deployment"]);
  expect(workflow.permissions).toEqual({ contents: "read", deployments: "write" });
  expect(jobs.plan?.if).toBe(
    "github.event.deployment.task == 'deploy' && github.event.deployment.creator.type == 'Bot' && github.event.deployment.payload.model != ''",
  );
  // The example payload in the header is one the app writes.
  expect(deploymentPayloadSchema.safeParse(payload).success).toBe(true);
});

test("as copied, only the report-only job runs; a repository variable picks a platform", () => {
  expect(jobs["report-only"]?.if).toBe("needs.plan.outputs.target == 'report-only'");
  expect(jobs.sagemaker?.if).toBe("needs.plan.outputs.target == 'sagemaker'");
  expect(jobs["argo-rollouts"]?.if).toBe("needs.plan.outputs.target == 'argo-rollouts'");
  const plan = jobs.plan?.steps[0];
  expect(plan?.env?.TARGET).toBe("${{ vars.ML_DEPLOY_TARGET || 'report-only' }}");
  // Every job that moves traffic runs in the deployment's environment (protection rules).
  for (const name of ["report-only", "sagemaker", "argo-rollouts"])
    expect(jobs[name]?.environment, name).toBe("${{ github.event.deployment.environment }}");
});

test("the platform jobs log in to AWS with OIDC, no stored keys", () => {
  for (const name of ["sagemaker", "argo-rollouts"]) {
    const job = jobs[name]!;
    expect(job.permissions, name).toEqual({ contents: "read", "id-token": "write" });
    const login = job.steps.find((s) =>
      s.uses?.startsWith("aws-actions/configure-aws-credentials@"),
    );
    expect(login?.with, name).toEqual({
      "role-to-assume": "${{ vars.AWS_ROLE_ARN }}",
      "aws-region": "${{ vars.AWS_REGION }}",
    });
    expect(JSON.stringify(job)).not.toMatch(/aws-access-key-id|secrets\./);
  }
  expect(jobs["argo-rollouts"]?.steps.map((s) => s.name ?? s.uses)).toContain(
    "Log in to the cluster",
  );
});

describe("the plan step", () => {
  const step = jobs.plan!.steps[0]!;
  const env = (target: string) =>
    environment(step, sample(payload), {
      "vars.ML_DEPLOY_TARGET || 'report-only'": target,
    });

  test("reads the deployment's latest status and passes the target on", () => {
    const run = runStep(step, env("report-only"), "in_progress");
    expect(run.status).toBe(0);
    expect(run.calls).toEqual([
      [
        "api",
        "https://api.github.com/repos/acme/models/deployments/9/statuses",
        "--jq",
        '.[0].state // ""',
      ],
    ]);
    expect(run.output).toBe("target=report-only\n");
  });

  test("a step the app already marked error is skipped with a notice", () => {
    const run = runStep(step, env("sagemaker"), "error");
    expect(run.output).toBe("target=none\n");
    expect(run.stdout).toContain("::notice::This step was superseded");
  });

  test("a misspelt target is an error annotation, and no job moves traffic", () => {
    const run = runStep(step, env("sagemakr"), "in_progress");
    expect(run.status).toBe(0);
    expect(run.output).toBe("target=sagemakr\n");
    expect(run.stdout).toBe(
      "::error::ML_DEPLOY_TARGET is 'sagemakr'; expected report-only, sagemaker or argo-rollouts\n",
    );
  });
});

describe("the report-only job", () => {
  const step = jobs["report-only"]!.steps[0]!;

  test.each([
    [
      { rollout: 25, stable_version: "2.4.0" },
      "Would serve fraud-detector 2.5.0 to 25% of traffic and 2.4.0 to 75%",
    ],
    [
      { rollout: 100, stable_version: null },
      "Would serve fraud-detector 2.5.0 to 100% of traffic and no stable version to 0%",
    ],
    [
      { rollout: 0, stable_version: "2.4.0" },
      "Would serve fraud-detector 2.5.0 to 0% of traffic and 2.4.0 to 100%",
    ],
  ])("%j: says the weight it would set and succeeds", (p, line) => {
    const run = runStep(step, environment(step, sample(p)));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `${line}\n::notice title=No traffic moved::${line}. Set the repository variable ML_DEPLOY_TARGET to move real traffic.\n`,
    );
    expect(run.summary).toBe(`${line} (report only: set ML_DEPLOY_TARGET to move traffic)\n`);
    expect(run.calls).toEqual([]);
  });
});

describe("the report job", () => {
  const job = jobs.report!;
  const step = job.steps[0]!;
  const moved =
    "needs.report-only.result == 'success' || needs.sagemaker.result == 'success' || needs.argo-rollouts.result == 'success'";

  test("waits for every traffic job, and runs whatever they did", () => {
    expect(job.needs).toEqual(["plan", "report-only", "sagemaker", "argo-rollouts"]);
    expect(job.if).toBe(
      "always() && needs.plan.result == 'success' && needs.plan.outputs.target != 'none'",
    );
    expect(step.env?.MOVED).toBe(`\${{ ${moved} }}`);
  });

  test.each([
    ["true", "success", "fraud-detector 2.5.0 at 25%"],
    ["false", "failure", "Moving fraud-detector 2.5.0 to 25% failed"],
  ])("MOVED=%s: sets %s with auto_inactive false and the log link", (flag, state, description) => {
    const run = runStep(step, environment(step, sample(payload), { [moved]: flag }));
    expect(run.status).toBe(0);
    expect(run.calls).toEqual([
      [
        "api",
        "https://api.github.com/repos/acme/models/deployments/9/statuses",
        "-f",
        `state=${state}`,
        "-F",
        "auto_inactive=false",
        "-f",
        "log_url=https://github.com/acme/models/actions/runs/123",
        "-f",
        `description=${description}`,
      ],
    ]);
  });
});
