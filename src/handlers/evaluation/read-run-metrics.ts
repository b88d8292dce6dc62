import type { Config } from "../../config/schema.js";
import type { EvaluationProblemCode } from "../../domain/metrics/evaluation-problem.js";
import { parseMetricsFile, type MetricsFile } from "../../domain/metrics/metrics-file.js";
import {
  downloadArtifact,
  downloadListedArtifact,
  type ArtifactsApi,
  type DownloadArtifactResult,
  type ListedArtifact,
} from "../../github/artifacts/download-artifact.js";
import { readArtifactFile } from "../../github/artifacts/read-artifact-file.js";

/** The run's metrics file, or why it could not be read (`code` of the problem templates). */
export type RunMetrics =
  { ok: true; file: MetricsFile } | { ok: false; code: EvaluationProblemCode; message: string };

/**
 * Reads `metrics.file` from the artifact `metrics.artifact` (or, for a recorded evaluation,
 * the artifact it came from) of a run: download (size-capped), unzip the one file (entry
 * count, size and bomb limits), parse with the schema. Every bad input is a result; only
 * GitHub API errors throw.
 */
export async function readRunMetrics(
  api: ArtifactsApi,
  run: { owner: string; repo: string; id: number },
  config: Pick<Config["metrics"], "artifact" | "file">,
): Promise<RunMetrics> {
  const download = await downloadArtifact(api, {
    owner: run.owner,
    repo: run.repo,
    runId: run.id,
    name: config.artifact,
  });
  return readDownloaded(download, config.file);
}

/** The same, for an artifact already listed (one request fewer). */
export async function readListedMetrics(
  api: ArtifactsApi,
  run: { owner: string; repo: string },
  artifact: ListedArtifact,
  file: string,
): Promise<RunMetrics> {
  return readDownloaded(await downloadListedArtifact(api, { ...run, artifact }), file);
}

async function readDownloaded(download: DownloadArtifactResult, file: string): Promise<RunMetrics> {
  if (!download.ok) return download;
  const read = await readArtifactFile(download.zip, file);
  if (!read.ok) return read;
  const parsed = parseMetricsFile(read.text);
  if (!parsed.ok) return { ok: false, code: parsed.reason, message: parsed.message };
  return parsed;
}
