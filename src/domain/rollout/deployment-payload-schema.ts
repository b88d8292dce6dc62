import { z } from "zod";

/**
 * The payload of every deployment the app creates: the durable record of a rollout step that
 * `/status`, `/mlops live` and the evaluation baseline fold over. Unknown keys are dropped.
 */
export const deploymentPayloadSchema = z.object({
  /** The model's name, as in the deployment issue and the metrics file. */
  model: z.string().min(1),
  /** The version this deployment moves traffic to (or, with `rollout: 0`, away from). */
  version: z.string().min(1),
  /** Percent of traffic on `version`; 0 is a rollback, 100 finishes the rollout. */
  rollout: z.number().min(0).max(100),
  /** The version live at 100% when the rollout started; null on a first rollout. */
  stable_version: z.string().min(1).nullable(),
  /** The evaluation metrics of `version` on the PR's head SHA. */
  metrics: z.record(z.string(), z.number()),
  /** The PR that carries the model and its rollout. */
  pull_request: z.number().int().positive(),
  /** The comment whose command caused this deployment, so a redelivery finds it. */
  comment_id: z.number().int().positive().optional(),
  /**
   * The webhook delivery (`X-GitHub-Delivery`) of the alert whose automatic rollback this is, so a
   * redelivery of that alert finds it and finishes what a failed delivery left.
   */
  alert_delivery: z.string().min(1).optional(),
  /** Why it was rolled back (with `rollout: 0`), kept for the audit trail. */
  reason: z.string().optional(),
});

/** A parsed deployment payload. */
export type DeploymentPayload = z.infer<typeof deploymentPayloadSchema>;
