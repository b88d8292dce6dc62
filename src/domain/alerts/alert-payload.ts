import { z } from "zod";

/** The kinds of monitoring alert; `alerts.retrain_on` in the config lists the same names. */
export const alertKinds = ["latency", "error_rate", "data_drift", "model_drift"] as const;

/** One kind of alert. */
export type AlertKind = (typeof alertKinds)[number];

/** A line of text from the monitoring system: one line, not empty, not a page long. */
function line(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\r\n]*$/, "expected one line of text");
}

/**
 * A name (model, metric): letters, digits and `._-/:+` and spaces, starting with a letter or
 * digit. It goes into titles, markers and the deployment reason as it is, so nothing in it
 * may be Markdown, HTML or a mention.
 */
const name = line(100).regex(
  /^[A-Za-z0-9][A-Za-z0-9._\-/:+ ]*$/,
  "expected a name of letters, digits and ._-/:+",
);

/**
 * A web link (http or https): the dashboard or alert the incident points to. An alert whose
 * link is not one is still acted on, without the link (see readAlert).
 */
export const alertLinkSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    message: "expected an http(s) URL",
  });

/**
 * `client_payload` of `repository_dispatch` `mlops-alert`. Keys it does not know are
 * dropped (monitoring tools add their own); a key it knows must have the right shape.
 */
export const alertPayloadSchema = z.object({
  /** The model's name, as in the deployments and cards. */
  model: name,
  /** What went wrong: one of `alertKinds`. */
  kind: z.enum(alertKinds),
  /** The metric the monitoring measured, e.g. `psi` or `latency_p95_ms`. */
  metric: name,
  /** Its value now (JSON has no NaN or Infinity, so any number is finite). */
  value: z.number(),
  /** The threshold it crossed; a finite number. */
  threshold: z.number(),
  /** The deployment environment; default `rollout.environment` of the config. */
  environment: line(100).optional(),
  /** A link to the dashboard or alert. */
  url: alertLinkSchema.optional(),
  /**
   * When the monitoring saw the breach: ISO-8601 with a zone (`Z` or `+02:00`). Without it
   * the alert's time is when the app received it; a time ahead of that is taken as the
   * receipt (a monitoring host's clock running fast must not date an incident in the future).
   */
  at: z.iso
    .datetime({
      offset: true,
      error: "expected an ISO-8601 time with a zone, such as 2026-11-02T09:30:00Z",
    })
    .optional(),
});

/** A valid alert, before the environment default is applied. */
export type AlertPayload = z.infer<typeof alertPayloadSchema>;

/** An alert with its environment resolved. */
export type Alert = AlertPayload & { environment: string };
