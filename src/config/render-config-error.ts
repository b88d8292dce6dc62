import { renderTemplate } from "../render/render-template.js";
import type { ConfigError } from "./load-config.js";

/** The hidden marker of a config-error message: one message per distinct error (fingerprint). */
export function configErrorMarker(fingerprint: string): string {
  return `<!-- mlops-bot:config-error ${fingerprint} -->`;
}

/**
 * The Markdown a person reads about a configuration the app cannot use
 * (`templates/config-error.md`): the file, each key path with what was expected, and
 * the fix. Starts with `configErrorMarker(error.fingerprint)`. Paths and messages
 * quote the file, so they are escaped.
 */
export function renderConfigError(error: ConfigError): string {
  const count = error.problems.length === 1 ? "a problem" : `${error.problems.length} problems`;
  return renderTemplate("config-error.md", {
    fingerprint: error.fingerprint,
    file: error.file,
    count,
    problems: error.problems,
  });
}
