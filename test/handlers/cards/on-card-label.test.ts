import nock from "nock";
import { expect, test } from "vitest";
import app from "../../../src/index.js";
import { ADD_CARD_ITEM } from "../../../src/github/projects/ensure-card-item.js";
import { FIND_BOARDS_BY_TITLE } from "../../../src/github/projects/find-board.js";
import { FIND_CARD_ITEM } from "../../../src/github/projects/find-card-item.js";
import { buildCardValuesMutation } from "../../../src/github/projects/set-card-values.js";
import { webhookExample } from "../../../src/simulator/webhook-example.js";
import {
  contractBoardFields,
  orgWithProjects,
  project,
} from "../../github/projects/board-fixtures.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";
import { expectGraphql as graphql } from "../../helpers/graphql-api.js";
import { DEFAULT_LABEL_NAMES, repoLabels } from "../labels/label-fixtures.js";

const formBody =
  "### Model\n\nfraud-detector\n\n### Version\n\n2.4.0\n\n### Hypothesis\n\nEmbeddings help.";

/** `issues.opened` of acme/models#5 from the experiment form (a real payload, a few fields changed). */
function openedPayload() {
  const payload = webhookExample("issues", "opened") as {
    repository: { owner: { login: string }; name: string; full_name: string };
    issue: Record<string, unknown>;
  };
  payload.repository.owner.login = "acme";
  payload.repository.name = "models";
  payload.repository.full_name = "acme/models";
  Object.assign(payload.issue, {
    number: 5,
    node_id: "I_5",
    title: "Merchant embeddings",
    body: formBody,
    labels: [
      {
        id: 1,
        node_id: "L1",
        name: "ml-experiment",
        color: "ededed",
        default: false,
        description: null,
        url: "",
      },
    ],
  });
  return payload;
}

test("an issue opened from the experiment form: board item with its fields, then the body rewritten", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  // No .github/mlops.yml in the repository nor in the owner's .github repository: the defaults.
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").reply(404);
  // The first card of the repository in this process: one listing, every label there already.
  scope
    .get("/repos/acme/models/labels")
    .query({ per_page: "100" })
    .reply(200, repoLabels(DEFAULT_LABEL_NAMES));
  scope
    .get("/repos/acme/models/issues/5")
    .reply(200, { number: 5, node_id: "I_5", title: "Merchant embeddings", body: formBody });
  graphql(
    scope,
    FIND_BOARDS_BY_TITLE,
    { owner: "acme", title: "MLOps", cursor: null },
    orgWithProjects([project({ number: 7, items: 3 })]),
  );
  graphql(
    scope,
    FIND_CARD_ITEM,
    { contentId: "I_5", cursor: null },
    { node: { projectItems: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } } },
  );
  graphql(
    scope,
    ADD_CARD_ITEM,
    { projectId: "PVT_7", contentId: "I_5" },
    { addProjectV2ItemById: { item: { id: "PVTI_5" } } },
  );
  const values = buildCardValuesMutation({ id: "PVT_7", fields: contractBoardFields() }, "PVTI_5", {
    status: "Experiment",
    kind: "Experiment",
    model: "fraud-detector",
    version: "2.4.0",
  });
  expect(values.unset).toEqual([]);
  expect(values.variables).toEqual({
    status: {
      projectId: "PVT_7",
      itemId: "PVTI_5",
      fieldId: "F_status",
      value: { singleSelectOptionId: "status_experiment" },
    },
    kind: {
      projectId: "PVT_7",
      itemId: "PVTI_5",
      fieldId: "F_kind",
      value: { singleSelectOptionId: "kind_experiment" },
    },
    model: {
      projectId: "PVT_7",
      itemId: "PVTI_5",
      fieldId: "F_model",
      value: { text: "fraud-detector" },
    },
    version: {
      projectId: "PVT_7",
      itemId: "PVTI_5",
      fieldId: "F_version",
      value: { text: "2.4.0" },
    },
  });
  graphql(scope, values.document ?? "", values.variables, {
    status: { projectV2Item: { id: "PVTI_5" } },
    kind: { projectV2Item: { id: "PVTI_5" } },
    model: { projectV2Item: { id: "PVTI_5" } },
    version: { projectV2Item: { id: "PVTI_5" } },
  });
  let rewritten = "";
  scope
    .patch("/repos/acme/models/issues/5", (body: { body: string }) => {
      rewritten = body.body;
      return Object.keys(body).join() === "body";
    })
    .reply(200, {});

  await probot.receive({ id: "d1", name: "issues", payload: openedPayload() as never });

  expect(scope.isDone()).toBe(true);
  expect(rewritten.split("\n").slice(0, 2)).toEqual([
    "<!-- mlops-bot:card experiment v1 -->",
    "## Experiment: Merchant embeddings",
  ]);
  expect(rewritten).toContain("Embeddings help.");
  expectRestRoute("GET", "/repos/{owner}/{repo}/issues/{issue_number}");
  expectRestRoute("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}");
});

test("an issue that is a card already and on the board: no write at all", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const card = "<!-- mlops-bot:card experiment v1 -->\n## Experiment: X\n";
  const scope = nock("https://api.github.com");
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").reply(404);
  // The first card of the repository in this process: one listing, every label there already.
  scope
    .get("/repos/acme/models/labels")
    .query({ per_page: "100" })
    .reply(200, repoLabels(DEFAULT_LABEL_NAMES));
  scope
    .get("/repos/acme/models/issues/5")
    .reply(200, { number: 5, node_id: "I_5", title: "X", body: card });
  graphql(
    scope,
    FIND_BOARDS_BY_TITLE,
    { owner: "acme", title: "MLOps", cursor: null },
    orgWithProjects([project({ number: 7, items: 3 })]),
  );
  graphql(
    scope,
    FIND_CARD_ITEM,
    { contentId: "I_5", cursor: null },
    {
      node: {
        projectItems: {
          nodes: [{ id: "PVTI_5", project: { id: "PVT_7" }, fieldValues: { nodes: [] } }],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    },
  );
  await probot.receive({ id: "d2", name: "issues", payload: openedPayload() as never });
  expect(scope.isDone()).toBe(true);
});

test("an issue opened without labels and not from our forms costs no request at all", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const payload = openedPayload();
  payload.issue.labels = [];
  payload.issue.body = "The dashboard is slow.\n\n### Steps\n\nOpen it.";
  await probot.receive({ id: "d3", name: "issues", payload: payload as never });
  expect(nock.pendingMocks()).toEqual([]);
});

test("an issue opened from the experiment form whose label GitHub dropped: the labels are created, then the form's label is added (its labeled event makes the card)", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const payload = openedPayload();
  payload.issue.labels = [];
  const scope = nock("https://api.github.com");
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").reply(404);
  scope
    .get("/repos/acme/models/labels")
    .query({ per_page: "100" })
    .reply(200, repoLabels(["bug"]));
  const created: string[] = [];
  scope
    .post("/repos/acme/models/labels", (body: { name: string; color: string }) => {
      created.push(body.name);
      return /^[0-9a-f]{6}$/.test(body.color);
    })
    .times(8)
    .reply(201, {});
  let added: unknown;
  scope
    .post("/repos/acme/models/issues/5/labels", (body: unknown) => {
      added = body;
      return true;
    })
    .reply(200, []);
  await probot.receive({ id: "d4", name: "issues", payload: payload as never });
  expect(scope.isDone()).toBe(true);
  expect(created).toEqual(DEFAULT_LABEL_NAMES);
  expect(added).toEqual({ labels: ["ml-experiment"] });
  expectRestRoute("POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels");
});

test("a form issue opened by a bot, or one that carries another of our labels, is not relabelled", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").reply(404);
  const retraining = openedPayload();
  retraining.issue.labels = [
    { ...(retraining.issue.labels as object[])[0], name: "ml-retraining" },
  ];
  await probot.receive({ id: "d5", name: "issues", payload: retraining as never });
  const byBot = openedPayload() as ReturnType<typeof openedPayload> & { sender: { type: string } };
  byBot.issue.labels = [];
  byBot.sender.type = "Bot";
  await probot.receive({ id: "d6", name: "issues", payload: byBot as never });
  expect(scope.isDone()).toBe(true);
});

test("a label deleted after this process checked the repository is created again when a form issue arrives without it", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").times(2).reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").times(2).reply(404);
  // First form issue: every label is there, the form's label was only dropped by a race.
  scope
    .get("/repos/acme/models/labels")
    .query({ per_page: "100" })
    .reply(200, repoLabels(DEFAULT_LABEL_NAMES));
  scope.post("/repos/acme/models/issues/5/labels", { labels: ["ml-experiment"] }).reply(200, []);
  // Then someone deletes ml-experiment; GitHub drops it from the next form issue.
  scope
    .get("/repos/acme/models/labels")
    .query({ per_page: "100" })
    .reply(200, repoLabels(DEFAULT_LABEL_NAMES.filter((name) => name !== "ml-experiment")));
  scope
    .post("/repos/acme/models/labels", {
      name: "ml-experiment",
      color: "1d76db",
      description: "An ML experiment: mlops-bot makes it a card on the MLOps board.",
    })
    .reply(201, {});
  scope.post("/repos/acme/models/issues/6/labels", { labels: ["ml-experiment"] }).reply(200, []);
  const first = openedPayload();
  first.issue.labels = [];
  await probot.receive({ id: "d7", name: "issues", payload: first as never });
  const second = openedPayload();
  Object.assign(second.issue, { number: 6, node_id: "I_6", labels: [] });
  await probot.receive({ id: "d8", name: "issues", payload: second as never });
  expect(scope.pendingMocks()).toEqual([]);
  expect(scope.isDone()).toBe(true);
});
