import type { GitHubSimulator, ManualClock, RequestLogEntry } from "../simulator/index.js";

/** Issue and PR numbers that steps create, in the order they run. */
export interface DemoRefs {
  /** The ml-experiment issue (step 1). */
  experiment?: number;
  /** The ml-deployment issue of 2.4.0 (step 2). */
  deployment?: number;
  /** The release PR of 2.4.0 (step 2b). */
  pr?: number;
  /** The release PR of 2.5.0 (step 4b). */
  pr2?: number;
}

/** A number an earlier step set; a clear error when the steps ran out of order. */
export function requireRef(refs: DemoRefs, name: keyof DemoRefs): number {
  const value = refs[name];
  if (value === undefined)
    throw new Error(`demo: no ${name} yet (a step ran before the one that sets it)`);
  return value;
}

/** What every demo step gets: the simulator, its clock, and a way to narrate. */
export interface DemoWorld {
  sim: GitHubSimulator;
  clock: ManualClock;
  /** `acme/models`: the organization's repository the demo plays in. */
  repo: string;
  owner: string;
  /** Issue and PR numbers that earlier steps created, for later steps to use. */
  refs: DemoRefs;
  /** A heading for a step. */
  step(title: string): void;
  /** A line of narration. */
  say(line: string): void;
  /** A block of text (a comment, a card), indented. */
  show(label: string, text: string): void;
  /** Counts the app's requests since the last call (or step) and lists its writes, one a line. */
  reportAppWrites(): void;
}

/** One line for a write the app made: REST method and path, or the GraphQL mutation's name. */
export function describeWrite(entry: RequestLogEntry): string | null {
  if (entry.path.endsWith("/access_tokens")) return null;
  if (entry.graphql)
    return entry.graphql.operation === "mutation"
      ? `GraphQL ${entry.graphql.name ?? "mutation"}`
      : null;
  if (entry.method === "GET") return null;
  return `${entry.method} ${entry.path} → ${entry.status}`;
}
