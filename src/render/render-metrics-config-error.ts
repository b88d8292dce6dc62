import type { ConfigError } from "../config/load-config.js";
import { renderConfigError } from "../config/render-config-error.js";
import { renderCheckOutput } from "./render-metrics-check-output.js";

/**
 * The `mlops/evaluation` check run when `.github/mlops.yml` cannot be used
 * (`templates/evaluation-config-error.md`): the file, each key and the fix.
 */
export function renderEvaluationConfigError(error: ConfigError): {
  title: string;
  summary: string;
} {
  return renderCheckOutput("evaluation-config-error.md", {
    file: error.file,
    body: renderConfigError(error),
  });
}
