import { randomBytes, randomUUID } from "node:crypto";
import { iso } from "../sim-context.js";
import { HttpError, notFound } from "./http-error.js";
import { FaultInjector } from "./inject-fault.js";
import { matchRoute } from "./match-route.js";
import type { RequestLogEntry, UnhandledRecord } from "./request-log.js";
import type { RestContext, RestResponse, Route } from "./route-types.js";
import type { SimContext, WebhookEvent } from "../sim-context.js";
import { normalizePath, parseJson, toResponse } from "./to-response.js";

/** What `POST /graphql` answers, and the operation it ran. */
export interface GraphQLAnswer {
  body: Record<string, unknown>;
  operation?: RequestLogEntry["graphql"];
}

export interface SimHttpDeps {
  ctx: SimContext;
  routes: Route[];
  emit(events: WebhookEvent[]): void;
  /** Runs a GraphQL request as the installation whose token made it. */
  graphql(body: unknown, installationId: number): Promise<GraphQLAnswer>;
}

const DOWNLOAD_TTL_MS = 60_000;

/**
 * The HTTP face of the simulator: a `fetch` that serves GitHub's REST and GraphQL
 * paths under any origin (`/api/v3` and `/api/graphql` for GHES), logs requests,
 * applies injected faults and follows redirects as `fetch` would.
 */
export class SimHttp {
  readonly requests: RequestLogEntry[] = [];
  readonly unhandled: UnhandledRecord[] = [];
  readonly faults = new FaultInjector();
  /** Each minted token and the installation it belongs to. */
  private readonly tokens = new Map<string, number>();
  private readonly downloads = new Map<string, { artifactId: number; expiresAt: number }>();
  private readonly restContext: RestContext;

  constructor(private readonly deps: SimHttpDeps) {
    this.restContext = {
      ...deps.ctx,
      emit: (events) => deps.emit(events),
      mintToken: (installationId) => {
        const token = `ghs_sim${randomBytes(12).toString("hex")}`;
        this.tokens.set(token, installationId);
        return token;
      },
      mintDownload: (artifactId) => {
        const key = `/actions-results/${randomUUID()}/artifact.zip`;
        const expiresAt = deps.ctx.store.now().getTime() + DOWNLOAD_TTL_MS;
        this.downloads.set(key, { artifactId, expiresAt });
        return key;
      },
      redeemDownload: (path) => {
        const entry = this.downloads.get(path);
        if (!entry || entry.expiresAt <= deps.ctx.store.now().getTime()) return undefined;
        return entry.artifactId;
      },
    };
  }

  /** The `fetch` to give Octokit. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const response = await this.serve(request);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      if (request.redirect === "manual") return response;
      if (request.redirect === "error") throw new TypeError("fetch failed: redirect");
      // Like fetch, follow with GET and drop the credentials on the cross-origin hop.
      return this.fetch(new URL(location, request.url));
    }
    return response;
  };

  private async serve(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = normalizePath(url.pathname);
    const text = request.body ? await request.text() : "";
    const entry: RequestLogEntry = {
      method: request.method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: parseJson(text),
      status: 0,
    };
    this.requests.push(entry);
    const requestId = randomUUID().toUpperCase();
    const answer = await this.answer(request, url, path, entry, requestId);
    entry.status = answer.status;
    return toResponse(answer, { ...this.rateHeaders(path), "x-github-request-id": requestId });
  }

  private async answer(
    request: Request,
    url: URL,
    path: string,
    entry: RequestLogEntry,
    requestId: string,
  ): Promise<RestResponse> {
    const fault = this.faults.take(request.method, path, this.deps.ctx.store.now(), requestId);
    if (fault) return fault;
    try {
      if (request.method === "POST" && path === "/graphql") {
        const caller = this.authenticate(request.headers, "installation");
        const answer = await this.deps.graphql(entry.body, caller.installationId);
        if (answer.operation) entry.graphql = answer.operation;
        return { status: 200, body: answer.body };
      }
      const match = matchRoute(this.deps.routes, request.method, path);
      if (!match) {
        this.unhandled.push({ kind: "rest", what: `${request.method} ${path}` });
        throw notFound();
      }
      const caller = this.authenticate(request.headers, match.route.auth ?? "installation");
      // The route sees the caller's installation: a token reaches its own account's Projects.
      const ctx = { ...this.restContext, installationId: caller.installationId };
      return await match.route.handler(ctx, {
        method: request.method,
        url,
        path,
        params: match.params,
        query: url.searchParams,
        body: entry.body,
        headers: request.headers,
        actor: caller.actor,
      });
    } catch (error) {
      if (error instanceof HttpError) {
        return { status: error.status, body: error.body, headers: error.headers };
      }
      throw error;
    }
  }

  /**
   * The caller: the bot and its token's installation for a token this simulator minted,
   * `app` for a JWT (the default installation then, which app routes do not use).
   */
  private authenticate(
    headers: Headers,
    auth: "installation" | "app" | "none",
  ): { actor: string; installationId: number } {
    const fallback = this.deps.ctx.installationId;
    if (auth === "none") return { actor: "anonymous", installationId: fallback };
    const [scheme, credential] = (headers.get("authorization") ?? "").split(" ");
    if (!credential) throw unauthorized("Requires authentication");
    if (auth === "app") {
      if (scheme?.toLowerCase() !== "bearer" || credential.split(".").length !== 3) {
        throw unauthorized("A JSON web token could not be decoded");
      }
      return { actor: "app", installationId: fallback };
    }
    const installationId = this.tokens.get(credential);
    if (installationId === undefined) throw unauthorized("Bad credentials");
    return { actor: this.deps.ctx.botLogin, installationId };
  }

  private rateHeaders(path: string): Record<string, string> {
    const hour = Math.floor(this.deps.ctx.store.now().getTime() / 3_600_000);
    const used = this.requests.filter((r) => r.path !== "/graphql").length;
    return {
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": String(Math.max(5000 - used, 0)),
      "x-ratelimit-reset": String((hour + 1) * 3600),
      "x-ratelimit-used": String(used),
      "x-ratelimit-resource": path === "/graphql" ? "graphql" : "core",
      date: new Date(this.deps.ctx.store.now()).toUTCString(),
      "x-simulated-at": iso(this.deps.ctx.store.now()),
    };
  }
}

function unauthorized(message: string): HttpError {
  return new HttpError(401, {
    message,
    documentation_url: "https://docs.github.com/rest",
    status: "401",
  });
}
