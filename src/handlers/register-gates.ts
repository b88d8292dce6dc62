import type { Probot } from "probot";

/** Registers the handlers for pull_request, issues.edited and deployment_protection_rule: the mlops/checklist check and the protection rule. */
export function registerGates(_app: Probot): void {
  // Filled in by the gates capability.
}
