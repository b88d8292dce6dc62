import type { GitHubSimulator, ManualClock, RequestLogEntry } from "../simulator/index.js";

/** What every demo step gets: the simulator, its clock, and a way to narrate. */
export interface DemoWorld {
  sim: GitHubSimulator;
  clock: ManualClock;
  /** `acme/models`: the organization's repository the demo plays in. */
  repo: string;
  owner: string;
  /** Issue and PR numbers that earlier steps created, for later steps to use. */
  refs: Record<string, number>;
  /** A heading for a step. */
  step(title: string): void;
  /** A line of narration. */
  say(line: string): void;
  /** A block of text (a comment, a card), indented. */
  show(label: string, text: string): void;
  /** Lists what the app wrote to GitHub since the last call, one line a request. */
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
