import { renderTemplate } from "../render/render-template.js";
import type { ConfigError } from "./load-config.js";
import { showConfigProblems } from "./show-config-problems.js";

/** The hidden marker of a config-error message: one message per distinct error (fingerprint). */
export function configErrorMarker(fingerprint: string): string {
  return `<!-- mlops-bot:config-error ${fingerprint} -->`;
}

/**
 * The Markdown a person reads about a configuration the app cannot use
 * (`templates/config-error.md`): the file, each key path with what was expected, and
 * the fix. Starts with `configErrorMarker(error.fingerprint)`. Paths and messages
 * quote the file, so they are escaped. The first problems are listed in full and the rest
 * counted (`showConfigProblems`), so the text stays far within GitHub's limits: it is the
 * reply and, inside their templates, the two gates' check-run summaries.
 */
export function renderConfigError(error: ConfigError): string {
  return renderTemplate("config-error.md", {
    fingerprint: error.fingerprint,
    file: error.file,
    ...showConfigProblems(error.problems),
  });
}
