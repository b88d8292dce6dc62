import type { Probot } from "probot";
import { onChecklistRerun } from "./gates/on-checklist-rerun.js";
import { onIssueChecklist } from "./gates/on-issue-checklist.js";
import { onProtectionRule } from "./gates/on-protection-rule.js";
import { PULL_CHECKLIST_EVENTS, onPullChecklist } from "./gates/on-pull-checklist.js";
import type { AppIdentity } from "./support/app-identity.js";

/** Registers the handlers for pull_request, issues.edited, a re-run of mlops/checklist and deployment_protection_rule: the mlops/checklist check and the protection rule. */
export function registerGates(app: Probot, identity: AppIdentity): void {
  const deps = { appId: identity.id };
  app.on([...PULL_CHECKLIST_EVENTS], onPullChecklist(deps));
  app.on("issues.edited", onIssueChecklist(deps));
  // "Re-run" on mlops/checklist; the evaluation registers its own for mlops/evaluation.
  app.on("check_run.rerequested", onChecklistRerun(deps));
  app.on("deployment_protection_rule.requested", onProtectionRule(deps));
}
