import type { ConfigError } from "../config/load-config.js";
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
const MAX_TEXT = 300;

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

/** The section that names a configuration the app could not use, capped like the config-error reply. */
function renderAlertConfigError(error: ConfigError): string {
  const problems = error.problems.slice(0, MAX_SHOWN_PROBLEMS).map((problem) => ({
    path: clip(problem.path),
    message: clip(problem.message),
  }));
  const more = error.problems.length - problems.length;
  return renderTemplate("alert-config-error.md", {
    file: clip(error.file),
    count: error.problems.length === 1 ? "a problem" : `${error.problems.length} problems`,
    problems,
    more: more > 0 ? more : null,
  }).trim();
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
