import { closedObject, requireDistinct, section, text } from "../schema-helpers.js";

/** `labels`: the issue labels that mean something to the app. Each must differ from the others. */
export const labelsSection = section(
  closedObject({
    /** An issue with this label becomes an experiment card. Default: `ml-experiment`. */
    experiment: text().default("ml-experiment"),
    /** An issue with this label becomes a deployment card with the release checklist. Default: `ml-deployment`. */
    deployment: text().default("ml-deployment"),
    /** The label of the incident issues the app opens for monitoring alerts. Default: `ml-monitoring`. */
    incident: text().default("ml-monitoring"),
    /** The label of the retraining issues the app opens for alerts in `alerts.retrain_on`. Default: `ml-retraining`. */
    retraining: text().default("ml-retraining"),
    /** An issue with this label is a data-preparation task (the `ml-data` form). Default: `ml-data`. */
    data: text().default("ml-data"),
    /** An issue with this label is a training task (the `ml-training` form). Default: `ml-training`. */
    training: text().default("ml-training"),
    /** Added to every issue the app puts on the board, so one search finds all MLOps work. Default: `type-mlops`. */
    mlops: text().default("type-mlops"),
  }).superRefine(requireDistinct("labels")),
);
