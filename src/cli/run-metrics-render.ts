import { resolve } from "node:path";
import type { GateResult } from "../domain/metrics/evaluate-gate.js";
import { formatMetricValue } from "../domain/metrics/format-metric-value.js";
import { judgeMetrics } from "../domain/metrics/judge-metrics.js";
import {
  resolveMetricsBaseline,
  type MetricsBaseline,
} from "../domain/metrics/metrics-baseline.js";
import { parseMetricsFile, type MetricsFile } from "../domain/metrics/metrics-file.js";
import { defaultArtifactLimits } from "../github/artifacts/read-artifact-file.js";
import { renderMetricsComment } from "../render/render-metrics-comment.js";
import type { CliIo } from "./cli-io.js";
import { EXIT } from "./exit-codes.js";
import { readCliConfig } from "./read-cli-config.js";

/** What `metrics render` was given besides the metrics file. */
export interface RenderOptions {
  /** Another metrics.json whose `metrics` are the baseline. */
  baseline?: string | undefined;
  /** The configuration file; default `.github/mlops.yml` of the working directory, if any. */
  config?: string | undefined;
}

/**
 * `mlops-bot metrics render <metrics.json> [--baseline <file>] [--config <file>]`: prints
 * the PR comment the app would post, judged with the repository's thresholds (see
 * readCliConfig). Without `--baseline`, `baseline` in the file is used. Inside GitHub
 * Actions the comment links the run. Exit code: 0 the gate passes, 1 it fails (the comment
 * is printed all the same, for a step to post), 2 a file that cannot be used.
 */
export async function runMetricsRender(
  path: string,
  options: RenderOptions,
  io: CliIo,
): Promise<number> {
  const loaded = await readCliConfig(options.config, io);
  if (!loaded.ok) return EXIT.cannotJudge;
  const file = await load(path, io);
  if (!file) return EXIT.cannotJudge;
  let baseline: MetricsBaseline = resolveMetricsBaseline({ fileBaseline: file.baseline });
  if (options.baseline !== undefined) {
    const other = await load(options.baseline, io);
    if (!other) return EXIT.cannotJudge;
    baseline = { source: "file", metrics: other.metrics };
  }
  const judged = judgeMetrics(file, baseline, loaded.config.metrics);
  const comment = renderMetricsComment({
    file,
    ...judged,
    history: [],
    run: actionsRun(io.env) ?? {
      label: file.version !== undefined ? `v${file.version}` : "this run",
    },
  });
  io.stdout(`${comment}\n`);
  if (judged.gate.conclusion === "success") return EXIT.ok;
  io.stderr(`mlops-bot: the evaluation gate failed: ${describeFailures(judged.gate)}\n`);
  return EXIT.gateFailed;
}

async function load(path: string, io: CliIo): Promise<MetricsFile | null> {
  let text: string;
  try {
    text = await io.readFile(resolve(io.cwd, path), defaultArtifactLimits.maxFileBytes);
  } catch (error) {
    io.stderr(`mlops-bot: cannot read ${path}: ${(error as Error).message}\n`);
    return null;
  }
  const parsed = parseMetricsFile(text);
  if (parsed.ok) return parsed.file;
  const lines = parsed.message.split("\n").map((line) => `  ${line}\n`);
  io.stderr(`mlops-bot: ${path} is not a usable metrics file:\n${lines.join("")}`);
  return null;
}

/** `accuracy 0.931 (min 0.95); recall missing (min 0.8)`: one line for a job's log. */
function describeFailures(gate: GateResult): string {
  return gate.failures
    .map(({ metric, value, bound }) => {
      const shown = value === null ? "missing" : formatMetricValue(value);
      return `${metric} ${shown} (${bound})`;
    })
    .join("; ");
}

/** The workflow run this step runs in, from the variables GitHub Actions sets. */
function actionsRun(env: CliIo["env"]): { label: string; url: string } | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  if (!server || !repo || !id) return null;
  return { label: `#${env.GITHUB_RUN_NUMBER ?? id}`, url: `${server}/${repo}/actions/runs/${id}` };
}
