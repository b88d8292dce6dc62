/**
 * The embedded GitHub simulator: an in-process fake of the REST and GraphQL subset the
 * app uses, for `npm run demo` and the end-to-end tests. No network, no port.
 */
export { GitHubSimulator, createSimulator, type SimulatorOptions } from "./github-simulator.js";
export {
  startSimulatedApp,
  type SimulatedApp,
  type SimulatedAppOptions,
} from "./start-simulated-app.js";
export { buildZip } from "./build-zip.js";
export { metricsArtifact } from "./metrics-artifact.js";
export { issueForm } from "./issue-form.js";
export { webhookExample } from "./webhook-example.js";
export { createManualClock, type ManualClock } from "./create-manual-clock.js";
export type { FaultSpec } from "./http/inject-fault.js";
export type { RequestLogEntry, UnhandledRecord } from "./http/request-log.js";
export type { Delivery, Receiver } from "./webhooks/delivery-queue.js";
export type { BoardSnapshot } from "./read-board.js";
export type { IssueSnapshot } from "./read-issue.js";
export type { RepoOptions } from "./ops/add-repo.js";
export type { RepoRole, AccountType } from "./store/records.js";
export type { OpenIssueInput, IssueRef, Opened, TickBoxesInput } from "./person/issue-actions.js";
export type { OpenPullRequestInput } from "./person/pull-actions.js";
export type { InstallAppInput } from "./person/install-app.js";
export type { CompleteWorkflowRunInput } from "./person/complete-workflow-run.js";
export type {
  SetDeploymentStatusInput,
  RequestDeploymentProtectionInput,
} from "./person/deployment-actions.js";
export type { DispatchInput } from "./person/dispatch-event.js";
export type { CreateActionsCheckRunInput } from "./person/check-actions.js";
