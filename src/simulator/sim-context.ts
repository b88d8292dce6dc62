import type { SimStore } from "./store/sim-store.js";

/** What routes, resolvers, operations and webhook builders share. */
export interface SimContext {
  store: SimStore;
  /** REST base (`https://api.github.com`) and web base (`https://github.com`) used in URLs. */
  urls: { api: string; web: string };
  /** Login of the app's bot account, e.g. `mlops-bot[bot]`. */
  botLogin: string;
  appId: number;
  installationId: number;
}

/** A webhook event the simulator will deliver: X-GitHub-Event name and payload. */
export interface WebhookEvent {
  name: string;
  payload: Record<string, unknown>;
}

/** GitHub's timestamp format: ISO 8601, seconds precision, `Z`. */
export function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** An ISO timestamp or null. */
export function isoOrNull(date: Date | null): string | null {
  return date ? iso(date) : null;
}
