/**
 * Maps given whole (the contract: a free-form map that is given replaces its default and
 * the base's whole); lists are always replaced whole.
 */
const REPLACED_WHOLE = new Set(["thresholds", "slice_thresholds", "classes"]);

/**
 * Merges an `_extends` chain, nearest file first, as Probot's `context.config` merges it
 * with our options: mappings key by key, the nearer file winning; lists and the free-form
 * maps above replaced whole (deepmerge would concatenate `steps: [10, 100]` onto a base's
 * `[5, 25, 50, 100]`). Keys are copied as own properties, so `__proto__` stays a key.
 */
export function mergeConfigs(
  configs: ReadonlyArray<Record<string, unknown>>,
): Record<string, unknown> {
  return configs.reduceRight<Record<string, unknown>>(
    (merged, config) => mergeMappings(merged, config),
    {},
  );
}

function mergeMappings(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const keys = new Set([...Object.keys(base), ...Object.keys(over)]);
  return Object.fromEntries(
    [...keys].map((key) => [
      key,
      Object.hasOwn(over, key) ? mergeValue(key, base[key], over[key]) : base[key],
    ]),
  );
}

function mergeValue(key: string, base: unknown, over: unknown): unknown {
  if (isMapping(base) && isMapping(over) && !REPLACED_WHOLE.has(key))
    return mergeMappings(base, over);
  return over;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
