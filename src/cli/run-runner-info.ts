import type { CliIo } from "./cli-io.js";

/** The `runner` block of metrics.json, as far as the machine can tell. */
export interface RunnerInfo {
  gpu: string;
  gpu_count: number;
}

/**
 * `mlops-bot metrics runner-info`: prints the `runner` object from
 * `nvidia-smi --query-gpu=name --format=csv,noheader` (one line per GPU): the first GPU's
 * name and the count; `{"gpu":"","gpu_count":0}` where there is no nvidia-smi or no GPU.
 * An nvidia-smi that is installed but fails (a driver mismatch, a GPU fallen off the bus)
 * gets the same empty fields and a warning on stderr: the evaluation still has its metrics.
 * Always exits 0.
 */
export async function runRunnerInfo(io: CliIo): Promise<number> {
  const result = await io.run("nvidia-smi", ["--query-gpu=name", "--format=csv,noheader"]);
  if (!result.ok && !result.missing)
    io.stderr(
      `mlops-bot: warning: nvidia-smi failed (${result.reason}); the runner block has empty GPU fields\n`,
    );
  const gpus = result.ok
    ? result.stdout
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
    : [];
  const info: RunnerInfo = { gpu: gpus[0] ?? "", gpu_count: gpus.length };
  io.stdout(`${JSON.stringify(info)}\n`);
  return 0;
}
