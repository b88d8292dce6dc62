import { describe, expect, test } from "vitest";
import type { Context } from "probot";
import { createSimulator, startSimulatedApp, webhookExample } from "../../src/simulator/index.js";
import { testPrivateKey } from "../helpers/probot.js";
import { setupSimulator } from "./setup-simulator.js";

const SHA = "b".repeat(40);

function keys(value: unknown): string[] {
  return Object.keys(value as object).sort();
}

describe("webhook payloads have the real shapes", () => {
  test("issues.opened on a user's repository has exactly the example's top-level keys", async () => {
    const sim = createSimulator();
    sim.addUser("alice");
    sim.addRepo("alice/models");
    await sim.openIssue({ repo: "alice/models", title: "t", user: "alice" });
    const delivered = sim.deliveries[0];
    const example = webhookExample("issues", "opened");
    expect(delivered?.name).toBe("issues");
    expect(keys(delivered?.payload)).toEqual(keys(example));
    const issue = delivered?.payload.issue as Record<string, unknown>;
    // `draft` and `pull_request` belong to pull requests only.
    expect(keys(issue)).toEqual(
      expect.arrayContaining(
        keys(example.issue).filter((k) => !["draft", "pull_request"].includes(k)),
      ),
    );
    expect(issue).toMatchObject({ number: 1, title: "t", user: { login: "alice" } });
  });

  test.each([
    ["pull_request", "opened"],
    ["issue_comment", "created"],
    ["workflow_run", "completed"],
    ["deployment_status", "created"],
    ["repository_dispatch", "mlops-alert"],
  ])(
    "%s.%s carries every top-level key of the example, plus organization",
    async (name, action) => {
      const { sim, octokit } = await setupSimulator();
      await sim.openPullRequest({
        repo: "acme/models",
        title: "PR",
        head: "exp",
        sha: SHA,
        user: "alice",
      });
      await sim.comment({ repo: "acme/models", number: 1, body: "/status", user: "bob" });
      await sim.completeWorkflowRun({
        repo: "acme/models",
        headSha: SHA,
        headBranch: "exp",
        conclusion: "success",
      });
      const { data } = await octokit.rest.repos.createDeployment({
        owner: "acme",
        repo: "models",
        ref: SHA,
        required_contexts: [],
      });
      if (!("id" in data)) throw new Error("expected 201 with a deployment");
      await sim.setDeploymentStatus({
        repo: "acme/models",
        deploymentId: data.id,
        state: "success",
      });
      await sim.dispatch({
        repo: "acme/models",
        eventType: "mlops-alert",
        clientPayload: { model: "m" },
      });
      const delivered = sim.deliveries.find((d) => d.name === name && d.payload.action === action);
      const example = webhookExample(name, name === "repository_dispatch" ? undefined : action);
      expect(keys(delivered?.payload)).toEqual(expect.arrayContaining(keys(example)));
      expect(delivered?.payload).toMatchObject({
        organization: { login: "acme" },
        repository: { full_name: "acme/models" },
        installation: { id: 1 },
      });
    },
  );

  test("labels from an issue form arrive as opened, then one labeled per label; a missing label is dropped", async () => {
    const { sim } = await setupSimulator();
    sim.addLabel("acme/models", "ml-experiment");
    sim.addLabel("acme/models", "team-a");
    const opened = await sim.openIssue({
      repo: "acme/models",
      title: "t",
      labels: ["ml-experiment", "team-a", "not-a-label"],
      user: "alice",
    });
    expect(
      sim.deliveries
        .filter((d) => d.name === "issues")
        .map(
          (d) =>
            `${d.name}.${String(d.payload.action)}:${(d.payload.label as { name?: string } | undefined)?.name ?? ""}`,
        ),
    ).toEqual(["issues.opened:", "issues.labeled:ml-experiment", "issues.labeled:team-a"]);
    expect(sim.issue("acme/models", opened.number)?.labels).toEqual(["ml-experiment", "team-a"]);
  });

  test("installing the app sends installation.created, adding repositories installation_repositories.added, in the examples' shapes", async () => {
    const { sim } = await setupSimulator();
    const created = sim.deliveries[0];
    expect(created?.name).toBe("installation");
    expect(keys(created?.payload)).toEqual(keys(webhookExample("installation", "created")));
    expect(created?.payload).toMatchObject({
      action: "created",
      installation: { id: 1, account: { login: "acme" }, repository_selection: "all" },
      repositories: [{ full_name: "acme/models", name: "models", private: false }],
      sender: { login: "acme" },
    });
    sim.addRepo("acme/features");
    await sim.addInstallationRepositories({
      account: "acme",
      repositories: ["acme/features"],
      user: "alice",
    });
    const added = sim.deliveries.at(-1);
    expect(added?.name).toBe("installation_repositories");
    expect(keys(added?.payload)).toEqual(
      keys(webhookExample("installation_repositories", "added")),
    );
    expect(added?.payload).toMatchObject({
      action: "added",
      repository_selection: "selected",
      repositories_added: [{ full_name: "acme/features" }],
      repositories_removed: [],
      sender: { login: "alice" },
    });
  });

  test("an edit records the change: changes.body.from on PR and issue", async () => {
    const { sim } = await setupSimulator();
    await sim.openIssue({ repo: "acme/models", title: "t", body: "before", user: "alice" });
    await sim.editIssueBody({ repo: "acme/models", number: 1, body: "after", user: "bob" });
    expect(sim.deliveries.at(-1)?.payload).toMatchObject({
      action: "edited",
      changes: { body: { from: "before" } },
      issue: { body: "after" },
      sender: { login: "bob" },
    });
    await sim.openPullRequest({
      repo: "acme/models",
      title: "PR",
      head: "x",
      sha: SHA,
      body: "old",
      user: "alice",
    });
    await sim.editIssueBody({ repo: "acme/models", number: 2, body: "new", user: "alice" });
    expect(sim.deliveries.at(-1)).toMatchObject({
      name: "pull_request",
      payload: {
        action: "edited",
        number: 2,
        changes: { body: { from: "old" } },
        pull_request: { body: "new" },
      },
    });
    await sim.pushToPullRequest({
      repo: "acme/models",
      number: 2,
      sha: "9".repeat(40),
      user: "alice",
    });
    expect(sim.deliveries.at(-1)?.payload).toMatchObject({
      action: "synchronize",
      before: SHA,
      after: "9".repeat(40),
      pull_request: { head: { sha: "9".repeat(40) } },
    });
  });
});

describe("what people do", () => {
  test("label, unlabel and close send the events GitHub sends; roles change what the API says", async () => {
    const { sim, octokit } = await setupSimulator();
    await sim.openIssue({ repo: "acme/models", title: "t", user: "alice" });
    await expect(
      sim.labelIssue({ repo: "acme/models", number: 1, label: "ml-deployment", user: "bob" }),
    ).rejects.toThrow('no label "ml-deployment"');
    sim.addLabel("acme/models", "ml-deployment");
    await sim.labelIssue({ repo: "acme/models", number: 1, label: "ml-deployment", user: "bob" });
    await sim.unlabelIssue({ repo: "acme/models", number: 1, label: "ml-deployment", user: "bob" });
    await sim.closeIssue({ repo: "acme/models", number: 1, user: "bob", reason: "not_planned" });
    const issueEvents = sim.deliveries.filter((d) => d.name === "issues");
    expect(issueEvents.map((d) => String(d.payload.action))).toEqual([
      "opened",
      "labeled",
      "unlabeled",
      "closed",
    ]);
    expect(sim.deliveries.at(-1)?.payload).toMatchObject({
      issue: { state: "closed", state_reason: "not_planned", labels: [] },
      sender: { login: "bob" },
    });
    sim.setPermission("acme/models", "bob", "maintain");
    const granted = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: "acme",
      repo: "models",
      username: "bob",
    });
    expect(granted.data.role_name).toBe("maintain");
    expect(sim.issue("acme/models", 1)).toMatchObject({
      state: "closed",
      labels: [],
      comments: [],
    });
  });
});

describe("delivery to the app", () => {
  test("a person's action resolves after the app's handlers and the events the app caused", async () => {
    const seen: string[] = [];
    const { sim } = await setupSimulator((app) => {
      app.on("issues.opened", async (context: Context<"issues.opened">) => {
        seen.push("opened");
        await context.octokit.rest.issues.createComment(context.issue({ body: "hi" }));
      });
      app.on("issue_comment.created", async (context: Context<"issue_comment.created">) => {
        seen.push(`comment by ${context.payload.sender.login}`);
      });
    });
    await sim.openIssue({ repo: "acme/models", title: "t", user: "alice" });
    expect(seen).toEqual(["opened", "comment by mlops-bot[bot]"]);
  });

  test("opened and labeled can arrive at the same moment; redelivery sends the same id and payload", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const received: Array<{ id: string; action: string }> = [];
    const { sim, app } = await setupSimulator((probot) => {
      probot.on(["issues.opened", "issues.labeled"], async (context) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        received.push({ id: context.id, action: context.payload.action });
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight -= 1;
      });
    });
    sim.addLabel("acme/models", "ml-experiment");
    const { deliveryIds } = await sim.openIssue({
      repo: "acme/models",
      title: "t",
      labels: ["ml-experiment"],
      user: "alice",
      concurrent: true,
    });
    expect(maxInFlight).toBe(2);
    await app.redeliver(deliveryIds[0] ?? "");
    expect(received).toHaveLength(3);
    expect(received[2]).toEqual(received.find((r) => r.id === deliveryIds[0]));
  });

  test("a failing handler rejects the action and is recorded", async () => {
    const { sim } = await setupSimulator((app) => {
      app.on("issues.opened", async () => {
        throw new Error("boom");
      });
    });
    await expect(sim.openIssue({ repo: "acme/models", title: "t", user: "alice" })).rejects.toThrow(
      "boom",
    );
    expect(sim.failedDeliveries).toHaveLength(1);
  });

  test("an app that answers its own comments is caught as a loop", async () => {
    const sim = createSimulator({ maxFollowUpDeliveries: 10 });
    sim.addOrg("acme");
    sim.addUser("alice");
    sim.addRepo("acme/models");
    await startSimulatedApp(
      sim,
      (app) => {
        app.on("issue_comment.created", async (context: Context<"issue_comment.created">) => {
          await context.octokit.rest.issues.createComment(context.issue({ body: "echo" }));
        });
      },
      { privateKey: testPrivateKey() },
    );
    await sim.openIssue({ repo: "acme/models", title: "t", user: "alice" });
    await expect(
      sim.comment({ repo: "acme/models", number: 1, body: "hi", user: "alice" }),
    ).rejects.toThrow(/a loop\?/);
  });
});
