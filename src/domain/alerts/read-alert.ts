import { alertLinkSchema, alertPayloadSchema, type AlertPayload } from "./alert-payload.js";

/** The largest `client_payload` read, as JSON text; a real alert is a few hundred bytes. */
export const MAX_ALERT_PAYLOAD_LENGTH = 8192;

/** Why an alert is not acted on: the field at fault (`client_payload` for the whole) and why. */
export interface AlertRejection {
  ok: false;
  field: string;
  problem: string;
}

/** An alert to act on; `linkDropped` says why its `url` was left out, when it was. */
export interface AlertRead {
  ok: true;
  alert: AlertPayload;
  linkDropped?: string;
}

/**
 * Reads `client_payload` of an `mlops-alert` dispatch. The size is checked first, on the
 * JSON text, so a payload of megabytes is refused before any schema walks it (GitHub caps
 * the top-level keys at 10, not their size). The first problem found names its field. A
 * `url` that is not an http(s) URL does not lose the alert: it is left out, and the
 * incident says so (the link is optional; the alert is what matters).
 */
export function readAlert(clientPayload: unknown): AlertRead | AlertRejection {
  const text = JSON.stringify(clientPayload ?? null);
  if (text.length > MAX_ALERT_PAYLOAD_LENGTH)
    return {
      ok: false,
      field: "client_payload",
      problem: `${text.length} characters of JSON; at most ${MAX_ALERT_PAYLOAD_LENGTH} are read`,
    };
  const linkDropped = badLink(clientPayload);
  const input = linkDropped === null ? clientPayload : withoutLink(clientPayload as object);
  const parsed = alertPayloadSchema.safeParse(input);
  if (parsed.success)
    return { ok: true, alert: parsed.data, ...(linkDropped === null ? {} : { linkDropped }) };
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join(".") || "client_payload";
  return { ok: false, field, problem: issue?.message ?? "not an alert" };
}

/** Why the payload's `url` cannot be used, or null when it is absent or fine. */
function badLink(clientPayload: unknown): string | null {
  if (typeof clientPayload !== "object" || clientPayload === null) return null;
  const { url } = clientPayload as { url?: unknown };
  if (url === undefined) return null;
  const checked = alertLinkSchema.safeParse(url);
  return checked.success ? null : (checked.error.issues[0]?.message ?? "expected an http(s) URL");
}

function withoutLink(payload: object): object {
  const { url: _dropped, ...rest } = payload as { url?: unknown };
  return rest;
}
