/**
 * A metric value as people read it: five significant digits (0.93125, 41.2), whole numbers
 * as they are, large values rounded; no float noise such as 0.006000000000000005.
 */
export function formatMetricValue(value: number): string {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1e4) return String(Math.round(value));
  return String(Number(value.toPrecision(5)));
}

/** A difference with its sign: `+0.006`, `-4.1`, `0`. */
export function formatMetricDelta(delta: number): string {
  const text = formatMetricValue(delta);
  return delta > 0 && text !== "0" ? `+${text}` : text;
}
