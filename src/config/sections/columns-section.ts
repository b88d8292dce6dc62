import { closedObject, requireDistinct, section, text } from "../schema-helpers.js";

/**
 * `columns`: the options of the board's `Status` field, in this order. Each must differ
 * from the others. The app writes the options only on a new project; on a board in use
 * it names the missing options for a person to add.
 */
export const columnsSection = section(
  closedObject({
    /** Where retraining tasks start. Default: `Backlog`. */
    backlog: text().default("Backlog"),
    /** Data preparation. Default: `Data Prep`. */
    data: text().default("Data Prep"),
    /** Where an experiment card starts when its issue is labelled. Default: `Experiment`. */
    experiment: text().default("Experiment"),
    /** Where an experiment card moves when its metrics are posted. Default: `Evaluation`. */
    evaluation: text().default("Evaluation"),
    /** Where a deployment card stays through the canary steps and rollbacks. Default: `Deployment`. */
    deployment: text().default("Deployment"),
    /** Where a deployment card moves at 100% traffic, and incident cards go. Default: `Monitoring`. */
    monitoring: text().default("Monitoring"),
  }).superRefine(requireDistinct("columns")),
);
