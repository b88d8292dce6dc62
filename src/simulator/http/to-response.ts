import type { RestResponse } from "./route-types.js";

/**
 * The `Response` for a route's answer, with GitHub's headers: JSON bodies as
 * `application/json; charset=utf-8`, text as `text/plain`, bytes as given.
 */
export function toResponse(answer: RestResponse, headers: Record<string, string>): Response {
  const all = new Headers(headers);
  for (const [name, value] of Object.entries(answer.headers ?? {})) all.set(name, value);
  if (answer.status === 204 || answer.body === undefined) {
    return new Response(null, { status: answer.status, headers: all });
  }
  if (answer.body instanceof Uint8Array) {
    if (!all.has("content-type")) all.set("content-type", "application/octet-stream");
    return new Response(answer.body, { status: answer.status, headers: all });
  }
  if (typeof answer.body === "string") {
    if (!all.has("content-type")) all.set("content-type", "text/plain; charset=utf-8");
    return new Response(answer.body, { status: answer.status, headers: all });
  }
  all.set("content-type", "application/json; charset=utf-8");
  all.set("x-github-media-type", "github.v3; format=json");
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers: all });
}

/** The path GitHub.com would see: GHES serves REST under `/api/v3` and GraphQL at `/api/graphql`. */
export function normalizePath(pathname: string): string {
  if (pathname === "/api/graphql") return "/graphql";
  const stripped = pathname.startsWith("/api/v3/") ? pathname.slice("/api/v3".length) : pathname;
  return stripped.length > 1 ? stripped.replace(/\/$/, "") : stripped;
}

/** A request body: parsed JSON, the raw text when it is not JSON, undefined when empty. */
export function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
