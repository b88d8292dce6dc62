/**
 * A metric's value by own key only, or null: a metric named `constructor` or `__proto__`
 * must not find Object's.
 */
export function metricValue(map: Readonly<Record<string, number>>, key: string): number | null {
  return Object.hasOwn(map, key) ? (map[key] ?? null) : null;
}
