import { configSchema } from "../config/schema.js";
import { judgeMetrics } from "../domain/metrics/judge-metrics.js";
import {
  resolveMetricsBaseline,
  type MetricsBaseline,
} from "../domain/metrics/metrics-baseline.js";
import { parseMetricsFile, type MetricsFile } from "../domain/metrics/metrics-file.js";
import { defaultArtifactLimits } from "../github/artifacts/read-artifact-file.js";
import { renderMetricsComment } from "../render/render-metrics-comment.js";
import type { CliIo } from "./cli-io.js";

/**
 * `mlops-bot metrics render <metrics.json> [--baseline <file>]`: prints the PR comment the
 * app would post, with the config's defaults. The baseline file is another metrics.json whose
 * `metrics` are the baseline; without it, `baseline` in the file is used. Inside GitHub
 * Actions the comment links the run. Returns the exit code: 1 for a file it cannot use.
 */
export async function runMetricsRender(
  path: string,
  baselinePath: string | undefined,
  io: CliIo,
): Promise<number> {
  const file = await load(path, io);
  if (!file) return 1;
  let baseline: MetricsBaseline = resolveMetricsBaseline({ fileBaseline: file.baseline });
  if (baselinePath !== undefined) {
    const other = await load(baselinePath, io);
    if (!other) return 1;
    baseline = { source: "file", metrics: other.metrics };
  }
  // The schema's defaults, as the app uses them for a repository without a config file.
  const config = configSchema.parse({}).metrics;
  const comment = renderMetricsComment({
    file,
    ...judgeMetrics(file, baseline, config),
    history: [],
    run: actionsRun(io.env) ?? {
      label: file.version !== undefined ? `v${file.version}` : "this run",
    },
  });
  io.stdout(`${comment}\n`);
  return 0;
}

async function load(path: string, io: CliIo): Promise<MetricsFile | null> {
  let text: string;
  try {
    text = await io.readFile(path, defaultArtifactLimits.maxFileBytes);
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

/** The workflow run this step runs in, from the variables GitHub Actions sets. */
function actionsRun(env: CliIo["env"]): { label: string; url: string } | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  if (!server || !repo || !id) return null;
  return { label: `#${env.GITHUB_RUN_NUMBER ?? id}`, url: `${server}/${repo}/actions/runs/${id}` };
}
