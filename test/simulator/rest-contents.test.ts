import { describe, expect, test } from "vitest";
import type { Context } from "probot";
import { expectRestRoute } from "../helpers/openapi.js";
import { setupSimulator } from "./setup-simulator.js";

const repo = { owner: "acme", repo: "models" };

describe("contents and configuration", () => {
  test("raw, JSON and directory answers; 404 for a missing file", async () => {
    const { sim, octokit } = await setupSimulator();
    sim.setFile("acme/models", ".github/mlops.yml", "rollout:\n  steps: [5, 100]\n");
    const raw = await octokit.rest.repos.getContent({
      ...repo,
      path: ".github/mlops.yml",
      mediaType: { format: "raw" },
    });
    expect(raw.data).toBe("rollout:\n  steps: [5, 100]\n");
    const json = await octokit.rest.repos.getContent({ ...repo, path: ".github/mlops.yml" });
    expect(json.data).toMatchObject({
      type: "file",
      encoding: "base64",
      path: ".github/mlops.yml",
    });
    const content = (json.data as { content: string }).content;
    expect(Buffer.from(content, "base64").toString()).toBe("rollout:\n  steps: [5, 100]\n");
    const dir = await octokit.rest.repos.getContent({ ...repo, path: ".github" });
    expect(dir.data).toMatchObject([{ type: "file", name: "mlops.yml" }]);
    await expect(
      octokit.rest.repos.getContent({ ...repo, path: "nope.yml" }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expectRestRoute("GET", "/repos/{owner}/{repo}/contents/{path}");
  });

  test("context.config reads the repository file, else the owner's .github repository", async () => {
    const seen: unknown[] = [];
    const { sim } = await setupSimulator((app) => {
      app.on("issues.opened", async (context: Context<"issues.opened">) => {
        seen.push(await context.config("mlops.yml"));
      });
    });
    sim.addRepo("acme/.github", { files: { ".github/mlops.yml": "labels:\n  experiment: exp\n" } });
    await sim.openIssue({ repo: "acme/models", title: "a", user: "alice" });
    sim.setFile("acme/models", ".github/mlops.yml", "_extends: .github\nmetrics:\n  primary: f1\n");
    await sim.openIssue({ repo: "acme/models", title: "b", user: "alice" });
    sim.setFile("acme/.github", ".github/mlops.yml", null);
    sim.setFile("acme/models", ".github/mlops.yml", null);
    await sim.openIssue({ repo: "acme/models", title: "c", user: "alice" });
    expect(seen).toEqual([
      { labels: { experiment: "exp" } },
      { labels: { experiment: "exp" }, metrics: { primary: "f1" } },
      null,
    ]);
    expect(sim.unhandled).toEqual([]);
  });
});

describe("collaborator permission", () => {
  test.each([
    ["admin", "admin", true, true],
    ["maintain", "write", true, true],
    ["write", "write", false, true],
    ["triage", "read", false, false],
    ["read", "read", false, false],
  ] as const)(
    "role %s reads as permission %s with role_name kept",
    async (role, permission, maintain, push) => {
      const { sim, octokit } = await setupSimulator();
      sim.setPermission("acme/models", "alice", role);
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
        ...repo,
        username: "alice",
      });
      expect(data).toMatchObject({
        permission,
        role_name: role,
        user: { login: "alice", permissions: { maintain, push } },
      });
    },
  );

  test("a stranger reads a public repository; a private one gives none; no such user is 404", async () => {
    const { sim, octokit } = await setupSimulator();
    sim.addRepo("acme/secret", { private: true });
    const pub = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: "bob",
    });
    expect(pub.data).toMatchObject({ permission: "read", role_name: "read" });
    const priv = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: "acme",
      repo: "secret",
      username: "bob",
    });
    expect(priv.data).toMatchObject({ permission: "none", role_name: "none" });
    await expect(
      octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: "ghost" }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
