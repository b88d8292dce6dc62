import type { Probot } from "probot";
import { createLabelKeeper } from "./handlers/labels/create-label-keeper.js";
import { createLabelPacer } from "./handlers/labels/create-label-pacer.js";
import { onInstallation } from "./handlers/labels/on-installation.js";
import { onCardLabel } from "./handlers/on-card-label.js";
import { registerAlerts } from "./handlers/register-alerts.js";
import { registerEvaluation } from "./handlers/register-evaluation.js";
import { registerGates } from "./handlers/register-gates.js";
import { registerRollout } from "./handlers/register-rollout.js";
import { createAppIdentity } from "./handlers/support/app-identity.js";
import { createKeyedLock } from "./handlers/support/keyed-lock.js";

/** The mlops-bot app: wiring only, one handler per webhook event. */
export default (app: Probot): void => {
  // One lock per process, keys per thing (an issue, a PR, a repository's deployments), so
  // handlers that touch the same thing wait for each other; see deploymentsKey.
  const lock = createKeyedLock();
  // One `GET /app` per process gives the bot login and the app id to every handler.
  const identity = createAppIdentity(app);
  // The app's labels: at install time, else (once per repository) before the first card or alert issue.
  const labels = createLabelKeeper(createLabelPacer());
  app.on(["installation.created", "installation_repositories.added"], onInstallation(labels));
  app.on(["issues.opened", "issues.labeled"], onCardLabel(lock, labels));
  registerEvaluation(app, identity, lock);
  registerGates(app, identity);
  registerRollout(app, identity, lock);
  registerAlerts(app, identity, lock, labels);
};
