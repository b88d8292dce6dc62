import type { Probot } from "probot";
import { onCardLabel } from "./handlers/on-card-label.js";
import { registerAlerts } from "./handlers/register-alerts.js";
import { registerEvaluation } from "./handlers/register-evaluation.js";
import { registerGates } from "./handlers/register-gates.js";
import { registerRollout } from "./handlers/register-rollout.js";
import { createKeyedLock } from "./handlers/support/keyed-lock.js";

/** The mlops-bot app: wiring only, one handler per webhook event. */
export default (app: Probot): void => {
  const issueLock = createKeyedLock();
  app.on(["issues.opened", "issues.labeled"], onCardLabel(issueLock));
  registerEvaluation(app);
  registerGates(app);
  registerRollout(app);
  registerAlerts(app);
};
