import type { SimContext, WebhookEvent } from "../sim-context.js";

/** A parsed request as a route handler sees it. */
export interface RestRequest {
  method: string;
  /** The full URL, origin and any `/api/v3` prefix included (for `Link` headers). */
  url: URL;
  /** The path after the origin and the GHES prefix, e.g. `/repos/o/r/issues/1`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, or undefined. */
  body: unknown;
  headers: Headers;
  /** Login of the caller: the bot for an installation token, `app` for the app's JWT. */
  actor: string;
}

/** What a route answers: JSON (object/array), text, bytes or nothing. */
export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What routes get besides the store: event emission and the token/download registries. */
export interface RestContext extends SimContext {
  /** Queues webhook events GitHub would send for a change the caller made. */
  emit(events: WebhookEvent[]): void;
  /** Mints a token of that installation, which the fetch layer will accept for it. */
  mintToken(installationId: number): string;
  /** Mints a short-lived download URL path for an artifact's zip. */
  mintDownload(artifactId: number): string;
  /** The artifact id of a download path that is still valid, else undefined. */
  redeemDownload(path: string): number | undefined;
}

export type RouteHandler = (
  ctx: RestContext,
  req: RestRequest,
) => RestResponse | Promise<RestResponse>;

/** One REST route: `{name}` matches a segment, `{name+}` the rest of the path. */
export interface Route {
  method: string;
  pattern: string;
  /** `installation` (default): a token; `app`: the app's JWT; `none`: a signed URL. */
  auth?: "installation" | "app" | "none";
  handler: RouteHandler;
}
