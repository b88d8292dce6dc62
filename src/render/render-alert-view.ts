import type { Alert } from "../domain/alerts/alert-payload.js";
import { compareToThreshold } from "../domain/alerts/compare-to-threshold.js";
import { formatMetricValue } from "../domain/metrics/format-metric-value.js";
import { linkTarget } from "./link-target.js";

/** How people read each alert kind. */
export const alertKindNames = {
  latency: "latency",
  error_rate: "error rate",
  data_drift: "data drift",
  model_drift: "model drift",
} as const;

/** The alert's values as the templates show them. */
export interface AlertView {
  model: string;
  kind: string;
  kindName: string;
  metric: string;
  value: string;
  threshold: string;
  comparison: "above" | "below" | "at";
  environment: string;
  /** Made safe for a Markdown link destination; undefined without a link. */
  url: string | undefined;
  /** The alert time, ISO-8601 UTC to the second. */
  at: string;
}

/** The view every alert template starts from. */
export function alertView(alert: Alert, at: Date): AlertView {
  return {
    model: alert.model,
    kind: alert.kind,
    kindName: alertKindNames[alert.kind],
    metric: alert.metric,
    value: formatMetricValue(alert.value),
    threshold: formatMetricValue(alert.threshold),
    comparison: compareToThreshold(alert.value, alert.threshold),
    environment: alert.environment,
    url: alert.url === undefined ? undefined : (linkTarget(alert.url) ?? undefined),
    at: `${at.toISOString().slice(0, 19)}Z`,
  };
}
