import type { FieldRecord, ItemRecord, ProjectRecord, ViewRecord } from "./project-records.js";

export type * from "./project-records.js";

/** The kinds of account GitHub knows; `Bot` is an app's identity (`mlops-bot[bot]`). */
export type AccountType = "User" | "Organization" | "Bot";

/** A repository role, as `role_name` of the collaborator permission API reports it. */
export type RepoRole = "read" | "triage" | "write" | "maintain" | "admin";

/** Every record the GraphQL `node(id)` can find carries its kind and node id. */
export interface NodeBase {
  id: number;
  nodeId: string;
}

export interface UserRecord extends NodeBase {
  kind: "user";
  login: string;
  type: AccountType;
  name: string | null;
}

export interface LabelRecord extends NodeBase {
  kind: "label";
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface RepoRecord extends NodeBase {
  kind: "repo";
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  createdAt: Date;
  /** path → text on the default branch. */
  files: Map<string, string>;
  /** branch name → head SHA. */
  branches: Map<string, string>;
  /** lower-cased name → label. */
  labels: Map<string, LabelRecord>;
  /** lower-cased login → role. */
  collaborators: Map<string, RepoRole>;
  /** issues and pull requests share one number sequence, as on GitHub. */
  issues: Map<number, IssueRecord>;
  nextNumber: number;
}

/** One revision of an issue or PR body (GraphQL `userContentEdits`). */
export interface EditRecord extends NodeBase {
  kind: "edit";
  editor: string;
  editedAt: Date;
  /** The whole body of this revision, as GitHub's `diff` field holds it. */
  diff: string;
}

export interface PullFields {
  headRef: string;
  headSha: string;
  /** `owner/name` of the head repository: another one for a fork. */
  headRepo: string;
  baseRef: string;
  /** Every head SHA the PR has had, oldest first. */
  commits: string[];
  merged: boolean;
  draft: boolean;
}

export interface IssueRecord extends NodeBase {
  kind: "issue";
  repo: string;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | null;
  /** label names, in the order they were added. */
  labels: string[];
  user: string;
  assignees: string[];
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  pinned: boolean;
  /** newest last; empty until the body is first edited. */
  edits: EditRecord[];
  pull: PullFields | null;
}

export interface ReactionRecord extends NodeBase {
  kind: "reaction";
  content: string;
  user: string;
  createdAt: Date;
}

export interface CommentRecord extends NodeBase {
  kind: "comment";
  repo: string;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: Date;
  updatedAt: Date;
  reactions: ReactionRecord[];
}

export interface CheckRunRecord extends NodeBase {
  kind: "check_run";
  repo: string;
  /** The app that created it (only that app may update it; `app_id` filters on it). */
  appId: number;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
  conclusion: string | null;
  startedAt: Date;
  completedAt: Date | null;
  detailsUrl: string | null;
  externalId: string;
  output: { title: string | null; summary: string | null; text: string | null };
  annotationsCount: number;
}

export interface DeploymentStatusRecord extends NodeBase {
  kind: "deployment_status";
  state: string;
  creator: string;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  createdAt: Date;
}

export interface DeploymentRecord extends NodeBase {
  kind: "deployment";
  repo: string;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  creator: string;
  createdAt: Date;
  updatedAt: Date;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  /** oldest first. */
  statuses: DeploymentStatusRecord[];
}

export interface ArtifactRecord extends NodeBase {
  kind: "artifact";
  repo: string;
  runId: number;
  name: string;
  zip: Uint8Array;
  createdAt: Date;
  expiresAt: Date;
}

export interface WorkflowRunRecord extends NodeBase {
  kind: "workflow_run";
  repo: string;
  name: string;
  path: string;
  headSha: string;
  headBranch: string;
  headRepo: string;
  event: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  /** PR numbers in `repo`; empty for runs from forks. */
  pullRequests: number[];
  runNumber: number;
  actor: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A pending `deployment_protection_rule` request GitHub sent for a run and environment. */
export interface ProtectionRequestRecord {
  repo: string;
  runId: number;
  environment: string;
  sha: string;
  answered: boolean;
}

/** An answer the app gave to a `deployment_protection_rule` request. */
export interface ProtectionReviewRecord {
  repo: string;
  runId: number;
  environment: string;
  state: "approved" | "rejected";
  comment: string;
  reviewer: string;
  createdAt: Date;
}

/** What `node(id)` can resolve. */
export type NodeRecord =
  | UserRecord
  | RepoRecord
  | IssueRecord
  | LabelRecord
  | CommentRecord
  | ProjectRecord
  | FieldRecord
  | ItemRecord
  | EditRecord
  | CheckRunRecord
  | DeploymentRecord
  | DeploymentStatusRecord
  | WorkflowRunRecord
  | ArtifactRecord
  | ReactionRecord
  | ViewRecord;
