import type { SimContext } from "./sim-context.js";
import { SimStore } from "./store/sim-store.js";
import type { RepoRole } from "./store/records.js";
import { SimHttp } from "./http/sim-http.js";
import type { FaultSpec } from "./http/inject-fault.js";
import type { RequestLogEntry, UnhandledRecord } from "./http/request-log.js";
import { GraphQLEndpoint } from "./graphql/execute-graphql.js";
import { restRoutes } from "./rest/rest-routes.js";
import { addAccount } from "./ops/add-account.js";
import { addRepo, type RepoOptions } from "./ops/add-repo.js";
import { ensureLabel } from "./ops/ensure-label.js";
import { createProject } from "./ops/projects/create-project.js";
import { DeliveryQueue, type Delivery, type Receiver } from "./webhooks/delivery-queue.js";
import { deliverEvents, repoNamed, type PersonContext } from "./person/person-context.js";
import * as issues from "./person/issue-actions.js";
import * as install from "./person/install-app.js";
import * as pulls from "./person/pull-actions.js";
import {
  completeWorkflowRun,
  type CompleteWorkflowRunInput,
} from "./person/complete-workflow-run.js";
import * as deployments from "./person/deployment-actions.js";
import { dispatchEvent, type DispatchInput } from "./person/dispatch-event.js";
import { createActionsCheckRun, type CreateActionsCheckRunInput } from "./person/check-actions.js";
import { rerunCheck, type RerunCheckInput } from "./person/rerun-check.js";
import { readBoard, type BoardSnapshot } from "./read-board.js";
import { readIssue, type IssueSnapshot } from "./read-issue.js";

/** How to set up a simulator; every option has a default. */
export interface SimulatorOptions {
  /** The clock (default real time); see `createManualClock`. */
  now?: () => Date;
  /** REST base written into URLs (default `https://api.github.com`). */
  apiUrl?: string;
  /** Web base written into URLs (default `https://github.com`). */
  webUrl?: string;
  appId?: number;
  installationId?: number;
  /** The installation's bot account (default `mlops-bot[bot]`). */
  botLogin?: string;
  /** App-caused webhooks one settle may deliver before it reports a loop (default 500). */
  maxFollowUpDeliveries?: number;
}

/**
 * An in-process GitHub: state, a `fetch` serving the REST and GraphQL subset the app
 * uses, webhooks for what people do, fault injection and a request log.
 */
export class GitHubSimulator {
  readonly store: SimStore;
  private readonly ctx: SimContext;
  private readonly http: SimHttp;
  private readonly queue: DeliveryQueue;
  private readonly person: PersonContext;

  constructor(options: SimulatorOptions = {}) {
    this.store = new SimStore(options.now ?? (() => new Date()));
    this.queue = new DeliveryQueue(options.maxFollowUpDeliveries);
    this.ctx = {
      store: this.store,
      urls: {
        api: options.apiUrl ?? "https://api.github.com",
        web: options.webUrl ?? "https://github.com",
      },
      botLogin: options.botLogin ?? "mlops-bot[bot]",
      appId: options.appId ?? 1,
      installationId: options.installationId ?? 1,
    };
    this.store.installations.defaultId = this.ctx.installationId;
    addAccount(this.store, this.ctx.botLogin, "Bot");
    addAccount(this.store, deployments.ACTIONS_BOT, "Bot");
    const graphql = new GraphQLEndpoint(this.ctx, (what) =>
      this.http.unhandled.push({ kind: "graphql", what }),
    );
    this.http = new SimHttp({
      ctx: this.ctx,
      routes: restRoutes,
      emit: (events) => this.queue.enqueue(events),
      graphql: (body, installationId) => graphql.execute(body, installationId),
    });
    this.person = { ctx: this.ctx, queue: this.queue };
  }

  /** The `fetch` to give Octokit (`request.fetch`); serves any origin's GitHub paths. */
  get fetch(): typeof fetch {
    return this.http.fetch;
  }

  /** The installation's bot login, e.g. `mlops-bot[bot]`. */
  get botLogin(): string {
    return this.ctx.botLogin;
  }

  /** The simulated app's id (`GET /app`), which its check runs carry. */
  get appId(): number {
    return this.ctx.appId;
  }

  /** Every API request so far (since `resetRequests`). */
  get requests(): readonly RequestLogEntry[] {
    return this.http.requests;
  }

  resetRequests(): void {
    this.http.requests.length = 0;
  }

  /** Requests and GraphQL fields the simulator does not implement; tests expect none. */
  get unhandled(): readonly UnhandledRecord[] {
    return this.http.unhandled;
  }

  /** Makes matching requests fail the way GitHub fails; see `FaultSpec`. */
  injectFault(spec: FaultSpec): void {
    this.http.faults.add(spec);
  }

  addUser(login: string): void {
    addAccount(this.store, login, "User");
  }

  addOrg(login: string): void {
    addAccount(this.store, login, "Organization");
  }

  /** Adds `owner/name` (the owner must exist); its owner is an admin of it. */
  addRepo(fullName: string, options: RepoOptions = {}): void {
    addRepo(this.store, fullName, options);
  }

  /** Writes a file on the default branch (e.g. `.github/mlops.yml`); `null` deletes it. */
  setFile(repo: string, path: string, text: string | null): void {
    if (text === null) repoNamed(this.person, repo).files.delete(path);
    else repoNamed(this.person, repo).files.set(path, text);
  }

  /**
   * Installs the app on an account (all its repositories, or those named), as a person
   * does on GitHub: delivers `installation.created`; resolves after the app handled it.
   */
  installApp(input: install.InstallAppInput): Promise<string[]> {
    return install.installApp(this.person, input);
  }

  /** Adds repositories to the installation: delivers `installation_repositories.added`. */
  addInstallationRepositories(
    input: install.InstallAppInput & { repositories: string[] },
  ): Promise<string[]> {
    return install.addInstallationRepositories(this.person, input);
  }

  /**
   * Gives an account an installation of the app of its own (a new id, returned): its
   * Projects are then reachable only with a token of that installation, as on GitHub, where
   * each organization that installs the app has its own installation.
   */
  addInstallation(account: string): number {
    this.store.requireUser(account);
    const id = this.store.nextId();
    this.store.installations.add(account, id);
    return id;
  }

  /** The app is not installed on an account: no token reaches it, its installation is 404. */
  removeInstallation(account: string): void {
    this.store.requireUser(account);
    this.store.installations.remove(account);
  }

  /** Creates a label as a person does on the repository's Labels page. */
  addLabel(repo: string, name: string, color?: string, description?: string): void {
    ensureLabel(this.store, repoNamed(this.person, repo), name, color, description ?? null);
  }

  /** Gives a user a repository role (`none` removes it). */
  setPermission(repo: string, user: string, role: RepoRole | "none"): void {
    const login = this.store.requireUser(user).login.toLowerCase();
    const collaborators = repoNamed(this.person, repo).collaborators;
    if (role === "none") collaborators.delete(login);
    else collaborators.set(login, role);
  }

  /** Creates a project as a person would in the UI (any owner, users too). */
  createProject(owner: string, title: string): { nodeId: string; number: number } {
    const project = createProject(this.store, owner, title, this.store.requireUser(owner).login);
    return { nodeId: project.nodeId, number: project.number };
  }

  /** A project's fields and cards, for the demo and assertions. */
  board(owner: string, number: number): BoardSnapshot | undefined {
    return readBoard(this.ctx, owner, number);
  }

  /** An issue or PR with its comments, for the demo and assertions. */
  issue(repo: string, number: number): IssueSnapshot | undefined {
    return readIssue(this.ctx, repo, number);
  }

  /** Delivers webhooks to the app from now on (`startSimulatedApp` does this). */
  connect(receiver: Receiver): void {
    this.queue.connect(receiver);
  }

  disconnect(): void {
    this.queue.disconnect();
  }

  /** Every delivery in the order GitHub sent it (app-caused ones once queued). */
  get deliveries(): readonly Delivery[] {
    return this.queue.deliveries;
  }

  /** Deliveries whose handlers threw, with the error. */
  get failedDeliveries(): ReadonlyArray<{ delivery: Delivery; error: unknown }> {
    return this.queue.failures;
  }

  /** Sends a delivery again with the same id and payload; resolves after the handlers. */
  async redeliver(deliveryId: string): Promise<void> {
    await this.queue.redeliver(deliveryId);
    await this.queue.settle();
  }

  /** Delivers the webhooks the app's own API calls caused, until none is left. */
  settle(): Promise<void> {
    return this.queue.settle();
  }

  /** Delivers any event and payload (e.g. a hand-made one); returns its delivery id. */
  async deliver(name: string, payload: Record<string, unknown>): Promise<string> {
    const [id] = await deliverEvents(this.person, [{ name, payload }]);
    return id ?? "";
  }

  openIssue(input: issues.OpenIssueInput): Promise<issues.Opened> {
    return issues.openIssue(this.person, input);
  }

  labelIssue(input: issues.IssueRef & { label: string }): Promise<string[]> {
    return issues.labelIssue(this.person, input);
  }

  unlabelIssue(input: issues.IssueRef & { label: string }): Promise<string[]> {
    return issues.unlabelIssue(this.person, input);
  }

  /** Edits the body of an issue or PR: `issues.edited` / `pull_request.edited`. */
  editIssueBody(input: issues.IssueRef & { body: string }): Promise<string[]> {
    return issues.editIssueBody(this.person, input);
  }

  /** Ticks boxes of an issue's body in one edit; see `TickBoxesInput`. */
  tickBoxes(input: issues.TickBoxesInput): Promise<string[]> {
    return issues.tickBoxes(this.person, input);
  }

  closeIssue(input: issues.IssueRef & { reason?: "completed" | "not_planned" }): Promise<string[]> {
    return issues.closeIssue(this.person, input);
  }

  comment(
    input: issues.IssueRef & { body: string },
  ): Promise<{ commentId: number; deliveryIds: string[] }> {
    return issues.postComment(this.person, input);
  }

  openPullRequest(input: pulls.OpenPullRequestInput): Promise<issues.Opened> {
    return pulls.openPullRequest(this.person, input);
  }

  pushToPullRequest(input: issues.IssueRef & { sha: string }): Promise<string[]> {
    return pulls.pushToPullRequest(this.person, input);
  }

  completeWorkflowRun(
    input: CompleteWorkflowRunInput,
  ): Promise<{ runId: number; artifactIds: number[]; deliveryIds: string[] }> {
    return completeWorkflowRun(this.person, input);
  }

  setDeploymentStatus(input: deployments.SetDeploymentStatusInput): Promise<string[]> {
    return deployments.setDeploymentStatus(this.person, input);
  }

  requestDeploymentProtection(
    input: deployments.RequestDeploymentProtectionInput,
  ): Promise<{ runId: number; deploymentId: number; deliveryIds: string[] }> {
    return deployments.requestDeploymentProtection(this.person, input);
  }

  /** A workflow job creates a completed check run as GitHub Actions (app id 15368). */
  createActionsCheckRun(input: CreateActionsCheckRunInput): { id: number } {
    return createActionsCheckRun(this.person, input);
  }

  /** "Re-run" pressed on a check run: `check_run.rerequested`, to its own app only. */
  rerunCheck(input: RerunCheckInput): Promise<string[]> {
    return rerunCheck(this.person, input);
  }

  dispatch(input: DispatchInput): Promise<string[]> {
    return dispatchEvent(this.person, input);
  }
}

/** A new simulator; same as `new GitHubSimulator(options)`. */
export function createSimulator(options: SimulatorOptions = {}): GitHubSimulator {
  return new GitHubSimulator(options);
}
