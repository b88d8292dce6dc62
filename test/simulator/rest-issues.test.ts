import { describe, expect, test } from "vitest";
import { expectRestRoute } from "../helpers/openapi.js";
import { setupSimulator } from "./setup-simulator.js";

const repo = { owner: "acme", repo: "models" };

describe("issues", () => {
  test("create, get, update and list with label and state filters", async () => {
    const { octokit } = await setupSimulator();
    const { data: created, status } = await octokit.rest.issues.create({
      ...repo,
      title: "Try a bigger model",
      body: "hello",
      labels: ["ml-experiment"],
    });
    expect(status).toBe(201);
    expect(created).toMatchObject({
      number: 1,
      title: "Try a bigger model",
      state: "open",
      user: { login: "mlops-bot[bot]", type: "Bot" },
      labels: [{ name: "ml-experiment", color: "ededed" }],
      html_url: "https://github.com/acme/models/issues/1",
    });
    await octokit.rest.issues.create({ ...repo, title: "Other" });
    const { data: updated } = await octokit.rest.issues.update({
      ...repo,
      issue_number: 1,
      state: "closed",
      body: "new",
    });
    expect(updated).toMatchObject({ state: "closed", state_reason: "completed", body: "new" });
    const open = await octokit.rest.issues.listForRepo({ ...repo });
    expect(open.data.map((i) => i.number)).toEqual([2]);
    const labelled = await octokit.rest.issues.listForRepo({
      ...repo,
      state: "all",
      labels: "ml-experiment",
    });
    expect(labelled.data.map((i) => i.number)).toEqual([1]);
    const got = await octokit.rest.issues.get({ ...repo, issue_number: 2 });
    expect(got.data.title).toBe("Other");
    for (const [method, path] of [
      ["POST", "/repos/{owner}/{repo}/issues"],
      ["GET", "/repos/{owner}/{repo}/issues"],
      ["GET", "/repos/{owner}/{repo}/issues/{issue_number}"],
      ["PATCH", "/repos/{owner}/{repo}/issues/{issue_number}"],
    ] as const) {
      expectRestRoute(method, path);
    }
  });

  test("a missing issue is GitHub's 404, a body over 65,536 characters a 422", async () => {
    const { octokit } = await setupSimulator();
    await expect(octokit.rest.issues.get({ ...repo, issue_number: 9 })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: "Not Found" } },
    });
    await expect(
      octokit.rest.issues.create({ ...repo, title: "t", body: "x".repeat(65_537) }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.request("POST /repos/{owner}/{repo}/issues", { ...repo } as never),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining(`"title" wasn't supplied`),
    });
  });

  test("labels: add (creating unknown ones), remove, and 404 for a label the issue lacks", async () => {
    const { octokit } = await setupSimulator();
    await octokit.rest.issues.create({ ...repo, title: "t" });
    const added = await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: 1,
      labels: ["a", "b"],
    });
    expect(added.data.map((l) => l.name)).toEqual(["a", "b"]);
    const left = await octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: "a" });
    expect(left.data.map((l) => l.name)).toEqual(["b"]);
    await expect(
      octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: "a" }),
    ).rejects.toMatchObject({
      status: 404,
      response: { data: { message: "Label does not exist" } },
    });
    const repoLabels = await octokit.rest.issues.listLabelsForRepo({ ...repo });
    expect(repoLabels.data.map((l) => l.name)).toEqual(["a", "b"]);
    await expect(octokit.rest.issues.createLabel({ ...repo, name: "A" })).rejects.toMatchObject({
      status: 422,
    });
  });

  test("comments: create, update, list oldest first; reactions 201 then 200", async () => {
    const { octokit, clock } = await setupSimulator();
    await octokit.rest.issues.create({ ...repo, title: "t" });
    const first = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: "one",
    });
    clock.advance(1000);
    await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: "two" });
    const edited = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: first.data.id,
      body: "uno",
    });
    expect(edited.data).toMatchObject({ body: "uno", user: { login: "mlops-bot[bot]" } });
    expect(edited.data.performed_via_github_app).toMatchObject({ slug: "mlops-bot" });
    const list = await octokit.rest.issues.listComments({ ...repo, issue_number: 1 });
    expect(list.data.map((c) => c.body)).toEqual(["uno", "two"]);
    const reaction = { ...repo, comment_id: first.data.id, content: "eyes" as const };
    expect((await octokit.rest.reactions.createForIssueComment(reaction)).status).toBe(201);
    expect((await octokit.rest.reactions.createForIssueComment(reaction)).status).toBe(200);
    const again = await octokit.rest.issues.getComment({ ...repo, comment_id: first.data.id });
    expect(again.data.reactions).toMatchObject({ total_count: 1, eyes: 1 });
    expectRestRoute("POST", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions");
  });

  test("lists page like GitHub: octokit.paginate follows the Link header", async () => {
    const { octokit, sim } = await setupSimulator();
    await octokit.rest.issues.create({ ...repo, title: "t" });
    for (let i = 0; i < 7; i += 1) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: `c${i}` });
    }
    sim.resetRequests();
    const page = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 3 });
    expect(page.headers.link).toBe(
      '<https://api.github.com/repos/acme/models/issues/1/comments?per_page=3&page=2>; rel="next", ' +
        '<https://api.github.com/repos/acme/models/issues/1/comments?per_page=3&page=3>; rel="last"',
    );
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 1,
      per_page: 3,
    });
    expect(all.map((c) => c.body)).toEqual(["c0", "c1", "c2", "c3", "c4", "c5", "c6"]);
    expect(sim.requests.map((r) => r.query.page ?? "1")).toEqual(["1", "1", "2", "3"]);
  });

  test("an unknown route is GitHub's 404 and is recorded as unhandled", async () => {
    const { octokit, sim } = await setupSimulator();
    await expect(
      octokit.request("GET /repos/{owner}/{repo}/milestones", repo),
    ).rejects.toMatchObject({
      status: 404,
      response: {
        data: { message: "Not Found", documentation_url: "https://docs.github.com/rest" },
      },
    });
    expect(sim.unhandled).toEqual([{ kind: "rest", what: "GET /repos/acme/models/milestones" }]);
  });

  test("requests are logged with method, path, query, body and status", async () => {
    const { octokit, sim } = await setupSimulator();
    await octokit.rest.issues.listForRepo({ ...repo });
    expect(sim.requests[0]).toMatchObject({
      method: "POST",
      path: "/app/installations/1/access_tokens",
    });
    sim.resetRequests();
    await octokit.rest.issues.create({ ...repo, title: "t" });
    await octokit.rest.issues.listForRepo({ ...repo, state: "all" });
    expect(sim.requests).toEqual([
      {
        method: "POST",
        path: "/repos/acme/models/issues",
        query: {},
        body: { title: "t" },
        status: 201,
      },
      {
        method: "GET",
        path: "/repos/acme/models/issues",
        query: { state: "all" },
        body: undefined,
        status: 200,
      },
    ]);
  });
});
