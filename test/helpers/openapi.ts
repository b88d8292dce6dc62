import { createRequire } from "node:module";
import { expect } from "vitest";

const require = createRequire(import.meta.url);
type Parameter = { $ref?: string; name?: string; in?: string };
type Spec = {
  paths: Record<string, Record<string, unknown>>;
  components: { parameters: Record<string, Parameter> };
};
let spec: Spec | undefined;

/**
 * Fails the test when GitHub's published REST description (`@octokit/openapi`)
 * has no such route, e.g. `expectRestRoute("POST", "/repos/{owner}/{repo}/check-runs")`.
 */
export function expectRestRoute(method: string, path: string): void {
  spec ??= require("@octokit/openapi/generated/api.github.com.json") as Spec;
  const operations = spec.paths[path];
  expect(operations, `no REST path ${path}`).toBeDefined();
  expect(Object.keys(operations ?? {}), `${method} ${path}`).toContain(method.toLowerCase());
}

/**
 * Fails the test when the route has no query parameter of that name in GitHub's published
 * REST description, e.g. `expectRestQueryParameter("GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs", "app_id")`.
 */
export function expectRestQueryParameter(method: string, path: string, name: string): void {
  expectRestRoute(method, path);
  const operation = spec?.paths[path]?.[method.toLowerCase()] as { parameters?: Parameter[] };
  const resolve = (p: Parameter): Parameter =>
    p.$ref ? (spec?.components.parameters[p.$ref.split("/").at(-1) ?? ""] ?? p) : p;
  const query = (operation.parameters ?? []).map(resolve).filter((p) => p.in === "query");
  expect(
    query.map((p) => p.name),
    `${method} ${path} query`,
  ).toContain(name);
}
