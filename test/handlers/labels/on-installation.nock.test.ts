import nock from "nock";
import { expect, test } from "vitest";
import app from "../../../src/index.js";
import { webhookExample } from "../../../src/simulator/webhook-example.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";
import { repoLabels } from "./label-fixtures.js";

const TEXT = { "content-type": "text/plain" };

/** A real `installation.created` payload naming acme/models and acme/features. */
function installationCreated() {
  const payload = webhookExample("installation", "created") as Record<string, unknown>;
  payload.repositories = ["models", "features"].map((name, i) => ({
    id: 10 + i,
    node_id: `R_${i}`,
    name,
    full_name: `acme/${name}`,
    private: false,
  }));
  return payload;
}

/** The exact create body of each label, by name. */
const CREATES: Record<string, { color: string; description: string }> = {
  "ml-experiment": {
    color: "1d76db",
    description: "An ML experiment: mlops-bot makes it a card on the MLOps board.",
  },
  "ml-deployment": {
    color: "0e8a16",
    description:
      "A model release: mlops-bot makes it a deployment card with the checklist and rollout.",
  },
  "ml-monitoring": {
    color: "d93f0b",
    description: "A monitoring alert on a model, opened by mlops-bot.",
  },
  "ml-retraining": {
    color: "fbca04",
    description: "A retraining task, opened by mlops-bot from an alert or new data.",
  },
  "ml-data": {
    color: "c5def5",
    description: "A data-preparation task: mlops-bot makes it a card in Data Prep.",
  },
  "ml-training": {
    color: "5319e7",
    description: "A training task: mlops-bot makes it a card in Experiment.",
  },
  "type-mlops": {
    color: "bfdadc",
    description: "MLOps work on the board (added by mlops-bot to each issue it puts there).",
  },
  "mlops-board": {
    color: "ededed",
    description: "The MLOps summary issue that mlops-bot keeps up to date.",
  },
};

function expectCreate(scope: nock.Scope, repo: string, name: string, created: string[]) {
  const body = { name, ...CREATES[name] };
  return scope.post(`/repos/acme/${repo}/labels`, (sent: unknown) => {
    expect(sent).toEqual(body);
    created.push(`${repo}:${name}`);
    return true;
  });
}

test("installation.created: per repository one listing (all pages), then only the missing labels, one after another; an existing label is untouched and a 422 already_exists counts as done", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const created: string[] = [];
  const scope = nock("https://api.github.com");
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  // acme/models: no config (defaults); two pages of labels, one of ours there in other case and colour.
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").reply(404);
  scope
    .get("/repos/acme/models/labels")
    .query({ per_page: "100" })
    .reply(200, repoLabels(["bug"]), {
      link: '<https://api.github.com/repositories/10/labels?per_page=100&page=2>; rel="next"',
    });
  scope
    .get("/repositories/10/labels")
    .query({ per_page: "100", page: "2" })
    .reply(200, repoLabels(["ML-Experiment", "type-mlops"], "ff0000"));
  for (const name of ["ml-deployment", "ml-monitoring", "ml-retraining", "ml-data"])
    expectCreate(scope, "models", name, created).reply(201, {});
  // Made by someone else since the listing: GitHub answers 422 already_exists.
  expectCreate(scope, "models", "ml-training", created).reply(422, {
    message: "Validation Failed",
    errors: [{ resource: "Label", code: "already_exists", field: "name" }],
  });
  expectCreate(scope, "models", "mlops-board", created).reply(201, {});
  // acme/features: its own file renames the experiment label.
  scope
    .get("/repos/acme/features/contents/.github%2Fmlops.yml")
    .reply(200, "labels:\n  experiment: experiment\n", TEXT);
  scope
    .get("/repos/acme/features/labels")
    .query({ per_page: "100" })
    .reply(200, repoLabels(["ml-deployment", "ml-monitoring", "ml-retraining", "ml-data"]));
  const renamed = { ...CREATES["ml-experiment"], name: "experiment" };
  scope
    .post("/repos/acme/features/labels", (sent: unknown) => {
      expect(sent).toEqual(renamed);
      created.push("features:experiment");
      return true;
    })
    .reply(201, {});
  for (const name of ["ml-training", "type-mlops", "mlops-board"])
    expectCreate(scope, "features", name, created).reply(201, {});

  await probot.receive({ id: "i1", name: "installation", payload: installationCreated() as never });

  expect(scope.isDone()).toBe(true);
  expect(created).toEqual([
    "models:ml-deployment",
    "models:ml-monitoring",
    "models:ml-retraining",
    "models:ml-data",
    "models:ml-training",
    "models:mlops-board",
    "features:experiment",
    "features:ml-training",
    "features:type-mlops",
    "features:mlops-board",
  ]);
  for (const description of Object.values(CREATES).map((c) => c.description))
    expect(description.length).toBeLessThanOrEqual(100);
  expectRestRoute("GET", "/repos/{owner}/{repo}/labels");
  expectRestRoute("POST", "/repos/{owner}/{repo}/labels");
});

test("installation_repositories.added: the added repositories only; a create failing otherwise fails the delivery after the other repositories are done", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const payload = webhookExample("installation_repositories", "added") as Record<string, unknown>;
  payload.repositories_added = ["models", "features"].map((name, i) => ({
    id: 10 + i,
    node_id: `R_${i}`,
    name,
    full_name: `acme/${name}`,
    private: false,
  }));
  const created: string[] = [];
  const scope = nock("https://api.github.com");
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").times(2).reply(404);
  const allButBoard = Object.keys(CREATES).filter((name) => name !== "mlops-board");
  scope
    .get("/repos/acme/models/labels")
    .query({ per_page: "100" })
    .reply(200, repoLabels(allButBoard));
  expectCreate(scope, "models", "mlops-board", created).reply(403, { message: "Forbidden" });
  scope.get("/repos/acme/features/contents/.github%2Fmlops.yml").reply(404);
  scope
    .get("/repos/acme/features/labels")
    .query({ per_page: "100" })
    .reply(200, repoLabels(Object.keys(CREATES)));

  await expect(
    probot.receive({ id: "i2", name: "installation_repositories", payload: payload as never }),
  ).rejects.toThrow(/^labels not ensured in acme\/models$/);
  expect(scope.isDone()).toBe(true);
  expect(created).toEqual(["models:mlops-board"]);
});

test("installation.created on all repositories without a repositories list: the installation's repositories are asked of GitHub and each gets its labels", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const payload = installationCreated();
  delete payload.repositories;
  const scope = nock("https://api.github.com");
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope
    .get("/installation/repositories")
    .query({ per_page: "100" })
    .reply(200, {
      total_count: 1,
      repositories: [{ id: 10, name: "models", full_name: "acme/models", private: false }],
    });
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").reply(404);
  scope
    .get("/repos/acme/models/labels")
    .query({ per_page: "100" })
    .reply(200, repoLabels(Object.keys(CREATES).filter((name) => name !== "ml-data")));
  const created: string[] = [];
  expectCreate(scope, "models", "ml-data", created).reply(201, {});
  await probot.receive({ id: "i3", name: "installation", payload: payload as never });
  expect(scope.isDone()).toBe(true);
  expect(created).toEqual(["models:ml-data"]);
  expectRestRoute("GET", "/installation/repositories");
});
