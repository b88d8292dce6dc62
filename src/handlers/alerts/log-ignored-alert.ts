import type { AlertRejection } from "../../domain/alerts/read-alert.js";
import type { AppContext } from "../support/app-context.js";

/**
 * An alert the app does not act on. A dispatch has no issue or PR to reply on, and its
 * sender is a monitoring system: the operator's log is the only place to say it.
 */
export function logIgnoredAlert(context: Pick<AppContext, "log">, rejection: AlertRejection): void {
  context.log.warn(
    { field: rejection.field, problem: rejection.problem },
    `mlops-alert ignored: ${rejection.field}: ${rejection.problem}`,
  );
}
