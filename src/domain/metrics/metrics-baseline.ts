/** What the new metrics are compared with, and where it came from. */
export interface MetricsBaseline {
  /** `live`: the deployment live at 100 %; `file`: `baseline` in metrics.json; `none`. */
  source: "live" | "file" | "none";
  /** The live model's version (source `live`). */
  version?: string;
  metrics: Record<string, number>;
}

/**
 * Picks the baseline in the contract's order: the metrics in the payload of the deployment
 * live at 100 % in the configured environment, else `baseline` in the file, else none.
 * A live deployment whose payload recorded no metrics cannot be compared with, so it is skipped.
 */
export function resolveMetricsBaseline(input: {
  live?: { version?: string; metrics: Record<string, number> } | null;
  fileBaseline?: Record<string, number> | undefined;
}): MetricsBaseline {
  const { live, fileBaseline } = input;
  if (live && Object.keys(live.metrics).length > 0)
    return {
      source: "live",
      ...(live.version !== undefined ? { version: live.version } : {}),
      metrics: live.metrics,
    };
  if (fileBaseline && Object.keys(fileBaseline).length > 0)
    return { source: "file", metrics: fileBaseline };
  return { source: "none", metrics: {} };
}
