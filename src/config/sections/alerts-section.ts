import * as z from "zod";
import { closedObject, section } from "../schema-helpers.js";

/** The kinds of monitoring alert (`client_payload.kind` of `mlops-alert`). */
export const ALERT_KINDS = ["latency", "error_rate", "data_drift", "model_drift"] as const;

/** `alerts`: what a monitoring alert (`repository_dispatch` `mlops-alert`) sets off. */
export const alertsSection = section(
  closedObject({
    /**
     * The alert kinds that also open a retraining issue (experiment template, Kind
     * `Retraining`, in Backlog). `[]` opens none. Default: `[data_drift, model_drift]`.
     */
    retrain_on: z
      .array(z.enum(ALERT_KINDS, { error: `expected one of ${ALERT_KINDS.join(", ")}` }), {
        error: "expected a list such as [data_drift, model_drift]",
      })
      .default(["data_drift", "model_drift"]),
  }),
);
