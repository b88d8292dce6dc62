import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { gateCheckNames } from "../../../src/github/checks/read-gates.js";
import { expectRestRoute } from "../../helpers/openapi.js";

const docs = readFileSync(new URL("../../../docs/gates.md", import.meta.url), "utf8");

/** The `gh api` examples: method, path (as OpenAPI writes it) and the JSON body, if any. */
function ghExamples() {
  return [
    ...docs.matchAll(/gh api --method (\w+) (\S+)(?: --input - <<'JSON'\n([\s\S]*?)\nJSON)?/g),
  ].map(([, method = "", path = "", body]) => ({
    method,
    path: `/${path}`
      .replace("OWNER/REPO", "{owner}/{repo}")
      .replace("/branches/main/", "/branches/{branch}/")
      .replace("/environments/production/", "/environments/{environment_name}/"),
    body: body === undefined ? undefined : (JSON.parse(body.replaceAll("APP_ID", "1")) as unknown),
  }));
}

test("the gh api examples call GitHub's routes with JSON that parses, requiring both checks", () => {
  const examples = ghExamples();
  expect(examples.map((e) => `${e.method} ${e.path}`)).toEqual([
    "POST /repos/{owner}/{repo}/rulesets",
    "PUT /repos/{owner}/{repo}/branches/{branch}/protection",
    "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules",
  ]);
  for (const e of examples) expectRestRoute(e.method, e.path);
  for (const e of examples.filter((x) => x.body !== undefined)) {
    const text = JSON.stringify(e.body);
    for (const name of Object.values(gateCheckNames)) expect(text).toContain(`"${name}"`);
  }
});
