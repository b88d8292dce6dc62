import type { ConfigError } from "../config/load-config.js";
import { renderConfigError } from "../config/render-config-error.js";
import { renderCheckOutput } from "./render-metrics-check-output.js";

/**
 * The `mlops/checklist` check run when `.github/mlops.yml` cannot be used
 * (`templates/checklist-config-error.md`): the file, each key and the fix.
 */
export function renderChecklistConfigError(error: ConfigError): {
  title: string;
  summary: string;
} {
  return renderCheckOutput("checklist-config-error.md", {
    file: error.file,
    message: renderConfigError(error),
  });
}
