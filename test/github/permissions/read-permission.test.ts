import { Octokit } from "@octokit/rest";
import nock from "nock";
import { expect, test } from "vitest";
import { readPermission } from "../../../src/github/permissions/read-permission.js";
import { expectRestRoute } from "../../helpers/openapi.js";

const octokit = () => new Octokit({ auth: "token", request: { retries: 0 } });
const target = { owner: "acme", repo: "models", username: "dana" };

test("reads role_name, the legacy permission and the user's flags", async () => {
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/collaborators/dana/permission")
    .reply(200, {
      permission: "write",
      role_name: "maintain",
      user: {
        login: "dana",
        permissions: { admin: false, maintain: true, push: true, triage: true, pull: true },
      },
    });
  expect(await readPermission(octokit(), target)).toEqual({
    roleName: "maintain",
    permission: "write",
    flags: { admin: false, maintain: true, push: true, triage: true, pull: true },
  });
  expect(scope.isDone()).toBe(true);
  expectRestRoute("GET", "/repos/{owner}/{repo}/collaborators/{username}/permission");
});

test("a user GitHub does not know has no access", async () => {
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/collaborators/dana/permission")
    .reply(404, { message: "Not Found" });
  expect(await readPermission(octokit(), target)).toEqual({
    roleName: null,
    permission: null,
    flags: null,
  });
  expect(scope.isDone()).toBe(true);
});
