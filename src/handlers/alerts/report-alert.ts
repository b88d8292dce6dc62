import type { Alert } from "../../domain/alerts/alert-payload.js";
import type { AlertPlan } from "../../domain/alerts/plan-alert.js";
import type { AppContext } from "../support/app-context.js";
import type { AlertDone } from "./execute-alert-plan.js";

/**
 * The operator's line for an alert (a dispatch has no issue or PR to reply on), then the
 * first error of a failed part is thrown: the delivery is marked failed, and its redelivery
 * completes what is missing.
 */
export function reportAlert(
  context: Pick<AppContext, "log">,
  input: { alert: Alert; plan: AlertPlan },
  done: AlertDone,
): void {
  const { alert, plan } = input;
  const { rolledBack, incident, followed } = done;
  const failed = [rolledBack, incident, followed].flatMap((s) => (s && !s.ok ? [s.error] : []));
  context.log[failed.length > 0 ? "error" : "info"](
    {
      ...{ model: alert.model, kind: alert.kind, failed: failed.map(String) },
      incident: incident.ok
        ? { number: incident.value.number, action: incident.value.action }
        : null,
      retraining: followed?.ok ? followed.value?.number : undefined,
      rollback: rolledBack?.ok ? rolledBack.value : plan.rollback,
    },
    failed.length > 0 ? "mlops-alert partly handled" : "mlops-alert handled",
  );
  if (failed.length > 0) throw failed[0];
}
