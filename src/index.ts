import type { Probot } from "probot";
import { onCardLabel } from "./handlers/on-card-label.js";
import { createKeyedLock } from "./handlers/support/keyed-lock.js";

/** The mlops-bot app: wiring only, one handler per webhook event. */
export default (app: Probot): void => {
  const issueLock = createKeyedLock();
  app.on(["issues.opened", "issues.labeled"], onCardLabel(issueLock));
};
