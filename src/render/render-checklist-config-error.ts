import type { ConfigError } from "../config/load-config.js";
import { renderConfigError } from "../config/render-config-error.js";
import type { CheckRunResult } from "../github/checks/upsert-check-run.js";
import { renderCheckOutput } from "./render-metrics-check-output.js";

/**
 * A gate's check run when `.github/mlops.yml` cannot be used: failure, so that a broken
 * file never lets a PR through, with the file, each key and the fix.
 */
export function renderChecklistConfigError(error: ConfigError): CheckRunResult {
  const output = renderCheckOutput("checklist-config-error.md", {
    file: error.file,
    message: renderConfigError(error),
  });
  return { conclusion: "failure", ...output };
}
