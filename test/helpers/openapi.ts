import { createRequire } from "node:module";
import { expect } from "vitest";

const require = createRequire(import.meta.url);
type Spec = { paths: Record<string, Record<string, unknown>> };
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
