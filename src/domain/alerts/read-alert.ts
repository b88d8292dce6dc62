import { alertPayloadSchema, type AlertPayload } from "./alert-payload.js";

/** The largest `client_payload` read, as JSON text; a real alert is a few hundred bytes. */
export const MAX_ALERT_PAYLOAD_LENGTH = 8192;

/** Why an alert is not acted on: the field at fault (`client_payload` for the whole) and why. */
export interface AlertRejection {
  ok: false;
  field: string;
  problem: string;
}

/**
 * Reads `client_payload` of an `mlops-alert` dispatch. The size is checked first, on the
 * JSON text, so a payload of megabytes is refused before any schema walks it (GitHub caps
 * the top-level keys at 10, not their size). The first problem found names its field.
 */
export function readAlert(
  clientPayload: unknown,
): { ok: true; alert: AlertPayload } | AlertRejection {
  const text = JSON.stringify(clientPayload ?? null);
  if (text.length > MAX_ALERT_PAYLOAD_LENGTH)
    return {
      ok: false,
      field: "client_payload",
      problem: `${text.length} characters of JSON; at most ${MAX_ALERT_PAYLOAD_LENGTH} are read`,
    };
  const parsed = alertPayloadSchema.safeParse(clientPayload);
  if (parsed.success) return { ok: true, alert: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join(".") || "client_payload";
  return { ok: false, field, problem: issue?.message ?? "not an alert" };
}
