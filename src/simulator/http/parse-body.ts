import type { z } from "zod";
import { invalidRequest } from "./http-error.js";

/**
 * The request body parsed with the endpoint's schema, or GitHub's 422 "Invalid request"
 * naming the first bad property, as GitHub's own JSON-schema check does.
 */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join("/") ?? "";
  const given = (issue?.path ?? []).reduce<unknown>(
    (value, key) =>
      value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    body,
  );
  if (given === undefined) {
    throw invalidRequest(`"${path}" wasn't supplied.`);
  }
  throw invalidRequest(`Invalid property /${path}: ${issue?.message ?? "invalid"}.`);
}
