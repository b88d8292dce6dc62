import * as z from "zod";
import { closedObject, section, text } from "../schema-helpers.js";

/** The percentages of traffic, strictly increasing, the last one 100 (the whole rollout). */
const steps = z
  .array(z.int({ error: "expected a whole number from 1 to 100 (no % sign)" }).min(1).max(100), {
    error: "expected a list of percentages such as [5, 25, 50, 100]",
  })
  .min(1)
  .superRefine((values, ctx) => {
    values.forEach((value, index) => {
      const previous = values[index - 1];
      if (previous !== undefined && value <= previous)
        ctx.addIssue({
          code: "custom",
          path: [index],
          message: `expected a step above the one before (${previous})`,
        });
    });
    // An empty list or a last step above 100 has been reported already, by `min` and `max`.
    const last = values.at(-1);
    if (last !== undefined && last < 100)
      ctx.addIssue({
        code: "custom",
        path: [values.length - 1],
        message: "expected the last step to be 100 (all traffic)",
      });
  });

/** The gates `/promote` checks before deploying. */
export const ROLLOUT_GATES = ["checklist", "evaluation"] as const;

/** `rollout`: the canary rollout that `/promote` and `/rollback` drive. */
export const rolloutSection = section(
  closedObject({
    /** The GitHub deployment environment the rollout deploys to. Default: `production`. */
    environment: text().default("production"),
    /** The traffic percentages `/promote` steps through; the deployment card gets one box per step. Default: `[5, 25, 50, 100]`. */
    steps: steps.default([5, 25, 50, 100]),
    /**
     * The least repository role that may `/promote` and `/rollback`
     * (read < triage < write < maintain < admin). Default: `write`.
     */
    promoters: z
      .enum(["write", "maintain", "admin"], { error: "expected write, maintain or admin" })
      .default("write"),
    /**
     * The gates that must pass before `/promote`: `checklist` (the `mlops/checklist`
     * check) and `evaluation` (`mlops/evaluation`). `[]` turns both off. Default: both.
     */
    require: z
      .array(z.enum(ROLLOUT_GATES, { error: "expected checklist or evaluation" }), {
        error: "expected a list such as [checklist, evaluation]",
      })
      .default([...ROLLOUT_GATES]),
    /** Roll back a rollout that is still below 100% when a monitoring alert arrives. Default: `true`. */
    auto_rollback: z.boolean({ error: "expected true or false" }).default(true),
    /**
     * Let `/promote` deploy a PR whose head branch is in a fork. Off, such a PR is refused: the
     * deploy workflow would run the fork's code with the environment's secrets. Default: `false`.
     */
    allow_forks: z.boolean({ error: "expected true or false" }).default(false),
  }),
);
