import { renderTemplate } from "./render-template.js";

/** The reply to a refused command: the reason and the fix (templates/command-refused.md). */
export function renderCommandRefused(view: { command: string; message: string }): string {
  return renderTemplate("command-refused.md", view).trimEnd();
}

/** The reply to a command of ours with a bad argument (templates/command-invalid.md). */
export function renderCommandInvalid(view: { command: string; message: string }): string {
  return renderTemplate("command-invalid.md", view).trimEnd();
}
