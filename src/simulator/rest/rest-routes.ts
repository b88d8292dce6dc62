import type { Route } from "../http/route-types.js";
import { actionRoutes } from "./serve-actions.js";
import { appRoutes } from "./serve-app.js";
import { checkRoutes } from "./serve-checks.js";
import { collaboratorRoutes } from "./serve-collaborators.js";
import { commentRoutes } from "./serve-comments.js";
import { contentRoutes } from "./serve-contents.js";
import { deploymentRoutes } from "./serve-deployments.js";
import { dispatchRoutes } from "./serve-dispatches.js";
import { issueRoutes } from "./serve-issues.js";
import { labelRoutes } from "./serve-labels.js";
import { projectViewRoutes } from "./serve-project-views.js";
import { protectionRuleRoutes } from "./serve-protection-rules.js";
import { pullRoutes } from "./serve-pulls.js";
import { reactionRoutes } from "./serve-reactions.js";

/** Every REST route the simulator serves; anything else is a 404 recorded as unhandled. */
export const restRoutes: Route[] = [
  ...appRoutes,
  ...issueRoutes,
  ...labelRoutes,
  ...commentRoutes,
  ...reactionRoutes,
  ...contentRoutes,
  ...collaboratorRoutes,
  ...pullRoutes,
  ...checkRoutes,
  ...deploymentRoutes,
  ...actionRoutes,
  ...protectionRuleRoutes,
  ...dispatchRoutes,
  ...projectViewRoutes,
];
