import type { ConfigError } from "../config/load-config.js";
import { MAX_PROBLEM_TEXT, showConfigProblems } from "../config/show-config-problems.js";
import { renderTemplate } from "./render-template.js";

/** What an incident (or a repeat alert's comment) says besides the alert itself. */
export interface IncidentNotes {
  /** The app has no deployment of the model in the alert's environment: the models it has there. */
  unrecorded: { knownModels: string[] } | null;
  /** The alert's `url` was left out: it is not an http(s) URL. */
  linkDropped: boolean;
  /** `.github/mlops.yml` could not be used: the alert was handled with the defaults. */
  configError: ConfigError | null;
}

/** The problems shown in full; the rest are counted (the body must stay within GitHub's limit). */
export const MAX_SHOWN_PROBLEMS = 10;
/** The models named; the rest are counted. */
export const MAX_SHOWN_MODELS = 20;

/** The view of the notes for templates/incident.md and templates/alert-repeat.md. */
export function alertNotesView(notes: IncidentNotes) {
  const models = notes.unrecorded?.knownModels ?? [];
  const shownModels = models.slice(0, MAX_SHOWN_MODELS);
  const moreModels = models.length - shownModels.length;
  return {
    unrecorded: notes.unrecorded && {
      knownModels:
        models.length === 0
          ? null
          : `${shownModels.join(", ")}${moreModels > 0 ? ` and ${moreModels} more` : ""}`,
    },
    linkDropped: notes.linkDropped,
    configError: notes.configError && renderAlertConfigError(notes.configError),
  };
}

/**
 * The section that names a configuration the app could not use: the problems through the one
 * view every config-error text uses (`showConfigProblems`), fewer of them than the reply shows
 * since the incident says much else.
 */
function renderAlertConfigError(error: ConfigError): string {
  return renderTemplate("alert-config-error.md", {
    file: clip(error.file),
    ...showConfigProblems(error.problems, MAX_SHOWN_PROBLEMS),
  }).trim();
}

/** The file's path as the section names it, cut like the problems' paths. */
function clip(text: string): string {
  return text.length > MAX_PROBLEM_TEXT ? `${text.slice(0, MAX_PROBLEM_TEXT - 1)}…` : text;
}
