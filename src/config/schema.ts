import * as z from "zod";
import { alertsSection } from "./sections/alerts-section.js";
import { columnsSection } from "./sections/columns-section.js";
import { labelsSection } from "./sections/labels-section.js";
import { metricsSection } from "./sections/metrics-section.js";
import { projectSection } from "./sections/project-section.js";
import { rolloutSection } from "./sections/rollout-section.js";
import { closedObject } from "./schema-helpers.js";

/** The name `context.config` takes: the file is read from the `.github` folder. */
export const CONFIG_FILE = "mlops.yml";

/** Where the configuration lives in a repository (and in the owner's `.github` repository). */
export const CONFIG_PATH = ".github/mlops.yml";

/**
 * The contract of `.github/mlops.yml`, and its documentation: every key is optional,
 * a key that is given replaces its default whole, and an unknown key is an error (a
 * typo must not be silently ignored). See each section for its keys and defaults.
 */
export const configSchema = closedObject(
  {
    /**
     * Probot's inheritance: `repo`, `owner/repo` or `owner/repo:path/file.yml` whose
     * settings this file extends (the keys given here win). Probot resolves and removes
     * it before validation; it is listed so that it is not reported as unknown.
     */
    _extends: z
      .string({ error: "expected repo, owner/repo or owner/repo:path/file.yml" })
      .optional(),
    /** The Projects (v2) board. */
    project: projectSection,
    /** The issue labels the app acts on and adds. */
    labels: labelsSection,
    /** The board's Status columns, in order. */
    columns: columnsSection,
    /** Evaluation metrics: the artifact, the headline metric, thresholds. */
    metrics: metricsSection,
    /** The canary rollout driven by `/promote`. */
    rollout: rolloutSection,
    /** Monitoring alerts. */
    alerts: alertsSection,
  },
  "expected a mapping of sections such as project:, labels: and rollout:",
);

/** The configuration after validation, every default applied (`project.owner` may stay unset). */
export type Config = z.output<typeof configSchema>;
