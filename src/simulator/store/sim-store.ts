import type {
  ArtifactRecord,
  CheckRunRecord,
  CommentRecord,
  DeploymentRecord,
  IssueRecord,
  NodeRecord,
  ProjectRecord,
  ProtectionRequestRecord,
  ProtectionReviewRecord,
  RepoRecord,
  UserRecord,
  WorkflowRunRecord,
} from "./records.js";
import { Installations } from "./installations.js";

/**
 * The simulated GitHub's state: plain records in maps, one instance per simulator.
 * Logins and repository names are looked up case-insensitively, as GitHub does.
 */
export class SimStore {
  readonly users = new Map<string, UserRecord>();
  readonly repos = new Map<string, RepoRecord>();
  readonly comments = new Map<number, CommentRecord>();
  readonly checkRuns = new Map<number, CheckRunRecord>();
  readonly deployments = new Map<number, DeploymentRecord>();
  readonly workflowRuns = new Map<number, WorkflowRunRecord>();
  readonly artifacts = new Map<number, ArtifactRecord>();
  readonly projects = new Map<string, ProjectRecord>();
  readonly protectionRequests: ProtectionRequestRecord[] = [];
  readonly protectionReviews: ProtectionReviewRecord[] = [];
  /** The app's installations per account (see Installations). */
  readonly installations = new Installations();
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly projectNumbers = new Map<string, number>();
  private lastId = 1000;

  constructor(readonly now: () => Date) {}

  /** A fresh numeric id (unique across kinds, which GitHub does not promise but never hurts). */
  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** A GitHub-style global node id, e.g. `I_kwDOABCD`. */
  nodeIdFor(prefix: string, id: number): string {
    return `${prefix}_kwDO${Buffer.from(`sim:${id}`).toString("base64url")}`;
  }

  /** Makes a record findable by `node(id)`; returns it for chaining. */
  register<T extends NodeRecord>(record: T): T {
    this.nodes.set(record.nodeId, record);
    return record;
  }

  unregister(nodeId: string): void {
    this.nodes.delete(nodeId);
  }

  node(nodeId: string): NodeRecord | undefined {
    return this.nodes.get(nodeId);
  }

  user(login: string): UserRecord | undefined {
    return this.users.get(login.toLowerCase());
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  repoByFullName(fullName: string): RepoRecord | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  issue(repo: RepoRecord, number: number): IssueRecord | undefined {
    return repo.issues.get(number);
  }

  /** The repository record an issue, comment or run belongs to. */
  repoOf(record: { repo: string }): RepoRecord {
    const repo = this.repoByFullName(record.repo);
    if (!repo) throw new Error(`simulator: unknown repository ${record.repo}`);
    return repo;
  }

  /** The account record of a login the simulator created; throws on a typo in a test. */
  requireUser(login: string): UserRecord {
    const user = this.user(login);
    if (!user) throw new Error(`simulator: unknown account ${login} (add it first)`);
    return user;
  }

  /** The next project number of an owner; numbers are never reused, as on GitHub. */
  nextProjectNumber(owner: string): number {
    const next = (this.projectNumbers.get(owner.toLowerCase()) ?? 0) + 1;
    this.projectNumbers.set(owner.toLowerCase(), next);
    return next;
  }

  projectsOf(owner: string): ProjectRecord[] {
    return [...this.projects.values()].filter((p) => p.owner.toLowerCase() === owner.toLowerCase());
  }
}
