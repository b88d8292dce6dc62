import * as z from "zod";
import { alertKinds } from "../../domain/alerts/alert-payload.js";
import { closedObject, section } from "../schema-helpers.js";

/** `alerts`: what a monitoring alert (`repository_dispatch` `mlops-alert`) sets off. */
export const alertsSection = section(
  closedObject({
    /**
     * The alert kinds that also open a retraining issue (experiment template, Kind
     * `Retraining`, in Backlog). `[]` opens none. Default: `[data_drift, model_drift]`.
     */
    retrain_on: z
      .array(z.enum(alertKinds, { error: `expected one of ${alertKinds.join(", ")}` }), {
        error: "expected a list such as [data_drift, model_drift]",
      })
      .default(["data_drift", "model_drift"]),
  }),
);
