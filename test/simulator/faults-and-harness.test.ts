import { describe, expect, test } from "vitest";
import type { Context } from "probot";
import { pino } from "pino";
import { Writable } from "node:stream";
import { createSimulator, startSimulatedApp } from "../../src/simulator/index.js";
import { testPrivateKey } from "../helpers/probot.js";
import { setupSimulator } from "./setup-simulator.js";

const repo = { owner: "acme", repo: "models" };

describe("fault injection", () => {
  test("a 500 fails the given number of matching requests, then the route answers", async () => {
    const { sim, octokit } = await setupSimulator();
    await octokit.rest.issues.create({ ...repo, title: "t" });
    sim.injectFault({ method: "GET", path: "/repos/acme/models/issues/1", status: 500, times: 2 });
    await expect(octokit.rest.issues.get({ ...repo, issue_number: 1 })).rejects.toMatchObject({
      status: 500,
    });
    await expect(
      octokit.rest.issues.update({ ...repo, issue_number: 1, body: "x" }),
    ).resolves.toMatchObject({
      status: 200,
    });
    await expect(octokit.rest.issues.get({ ...repo, issue_number: 1 })).rejects.toMatchObject({
      status: 500,
    });
    await expect(octokit.rest.issues.get({ ...repo, issue_number: 1 })).resolves.toMatchObject({
      status: 200,
    });
  });

  test("a secondary rate limit is a 403 with retry-after and GitHub's message", async () => {
    const { sim, octokit } = await setupSimulator();
    sim.injectFault({ path: /\/comments$/, status: 403, secondaryRateLimit: true });
    await octokit.rest.issues.create({ ...repo, title: "t" });
    const error = await octokit.rest.issues
      .createComment({ ...repo, issue_number: 1, body: "x" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 403,
      response: {
        headers: { "retry-after": "60" },
        data: { message: expect.stringMatching(/^You have exceeded a secondary rate limit/) },
      },
    });
    expect(sim.requests.at(-1)?.status).toBe(403);
  });

  test("429 is the primary rate limit; a plain 403 is a missing permission; GraphQL fails too", async () => {
    const { sim, octokit } = await setupSimulator();
    await octokit.rest.issues.listForRepo(repo);
    sim.injectFault({ path: "/repos/acme/models/issues", status: 429 });
    await expect(octokit.rest.issues.listForRepo(repo)).rejects.toMatchObject({
      status: 429,
      response: { headers: { "x-ratelimit-remaining": "0" } },
    });
    sim.injectFault({ path: "/repos/acme/models/issues", status: 403 });
    await expect(octokit.rest.issues.listForRepo(repo)).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("Resource not accessible by integration"),
    });
    sim.injectFault({ path: "/graphql", status: 502 });
    await expect(
      octokit.graphql(`query { organization(login: "acme") { id } }`),
    ).rejects.toMatchObject({
      status: 502,
    });
  });
});

describe("the app harness", () => {
  test("a GHES base URL works: REST under /api/v3, GraphQL at /api/graphql", async () => {
    const sim = createSimulator();
    sim.addOrg("acme");
    sim.addUser("alice");
    sim.addRepo("acme/models");
    await startSimulatedApp(
      sim,
      (app) => {
        app.on("issues.opened", async (context: Context<"issues.opened">) => {
          await context.octokit.rest.issues.createComment(context.issue({ body: "hi" }));
          await context.octokit.graphql(`query { organization(login: "acme") { id } }`);
        });
      },
      { privateKey: testPrivateKey(), baseUrl: "https://ghe.example/api/v3" },
    );
    await sim.openIssue({ repo: "acme/models", title: "t", user: "alice" });
    expect(sim.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "POST /app/installations/1/access_tokens 201",
      "POST /repos/acme/models/issues/1/comments 201",
      "POST /graphql 200",
    ]);
  });

  test("logs go to the given pino logger", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const sim = createSimulator();
    sim.addUser("alice");
    sim.addRepo("alice/models");
    await startSimulatedApp(
      sim,
      (app) => {
        app.on("issues.opened", async (context) => {
          context.log.info("seen it");
        });
      },
      { privateKey: testPrivateKey(), log: pino({ level: "info" }, stream) },
    );
    await sim.openIssue({ repo: "alice/models", title: "t", user: "alice" });
    expect(lines.some((l) => l.includes("seen it"))).toBe(true);
  });

  test("requests without the installation token are refused", async () => {
    const sim = createSimulator();
    sim.addUser("alice");
    sim.addRepo("alice/models");
    const response = await sim.fetch("https://api.github.com/repos/alice/models/issues/1", {
      headers: { authorization: "token nope" },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: "Bad credentials" });
  });
});
