import nock from "nock";
import { afterEach, expect, test } from "vitest";
import {
  BOARD_OWNER_KIND,
  reachBoardOwner,
} from "../../../src/github/projects/reach-board-owner.js";
import { renderBoardNotice } from "../../../src/render/render-board-notice.js";
import { boardFailure } from "../../../src/github/projects/board-failure.js";
import { expectGraphql } from "../../helpers/graphql-api.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";

/** An Octokit of installation 1 (acme's), made as Probot makes `context.octokit`. */
async function acmeOctokit() {
  const { probot } = createTestProbot();
  return probot.auth(1);
}

afterEach(() => nock.cleanAll());

test("the repository owner's board: the event's own client, no request at all", async () => {
  const octokit = await acmeOctokit();
  const scope = nock("https://api.github.com");
  const access = await reachBoardOwner(octokit, "ACME", "acme");
  expect(access).toEqual({ ok: true, gql: octokit.graphql });
  expect(scope.pendingMocks()).toEqual([]);
});

test("another organization with the app: its installation (app JWT), then that installation's token for GraphQL", async () => {
  expectRestRoute("GET", "/orgs/{org}/installation");
  const octokit = await acmeOctokit();
  const scope = nock("https://api.github.com");
  scope
    .get("/orgs/platform/installation")
    .matchHeader("authorization", /^bearer [\w-]+\.[\w-]+\.[\w-]+$/i)
    .reply(200, { id: 9, account: { login: "platform" } });
  scope.post("/app/installations/9/access_tokens").reply(201, { token: "t9", permissions: {} });
  scope
    .post("/graphql", { query: "query { viewer { login } }" })
    .matchHeader("authorization", "token t9")
    .reply(200, { data: { viewer: { login: "mlops-bot[bot]" } } });
  const access = await reachBoardOwner(octokit, "platform", "acme");
  expect(access.ok).toBe(true);
  if (access.ok) await access.gql("query { viewer { login } }");
  expect(scope.isDone()).toBe(true);
});

test.each([
  ["Organization", "not-installed"],
  ["User", "user-owned"],
  [null, "owner-missing"],
] as const)(
  "the app not installed there (404), the owner being %s: %s",
  async (typename, reason) => {
    const octokit = await acmeOctokit();
    const scope = nock("https://api.github.com");
    scope.get("/orgs/platform/installation").reply(404, { message: "Not Found" });
    scope.post("/app/installations/1/access_tokens").reply(201, { token: "t1", permissions: {} });
    expectGraphql(
      scope,
      BOARD_OWNER_KIND,
      { owner: "platform" },
      { repositoryOwner: typename === null ? null : { __typename: typename } },
    );
    expect(await reachBoardOwner(octokit, "platform", "acme")).toEqual({ ok: false, reason });
    expect(scope.isDone()).toBe(true);
  },
);

test("another error of the installation lookup is thrown, not taken for 'not installed'", async () => {
  const octokit = await acmeOctokit();
  nock("https://api.github.com").get("/orgs/platform/installation").reply(500, { message: "boom" });
  await expect(reachBoardOwner(octokit, "platform", "acme")).rejects.toMatchObject({ status: 500 });
});

test("the not-installed notice names the organization, what to install and the permission", () => {
  const failure = boardFailure({ owner: "platform", title: "MLOps" }, "not-installed");
  expect(failure.message).toBe(
    'The board owner "platform" (project.owner in .github/mlops.yml) is another organization, and the app is not installed there, so cards are not put on a board: install the app on "platform" with the permission "Organization projects: Read and write".',
  );
  const notice = renderBoardNotice(failure);
  expect(notice?.kind).toBe("not-installed");
  expect(notice?.body).toBe(
    [
      "<!-- mlops-bot:board-notice not-installed -->",
      "",
      "### The MLOps board belongs to an organization without the app",
      "",
      "`project.owner` in `.github/mlops.yml` names **platform**, and the app is not installed on **platform**. GitHub lets the app reach an organization's Projects only through its installation on that organization (the token of this repository's installation cannot see them), so the app leaves the cards off the board.",
      "",
      "**To fix it**, an owner of **platform** installs the app on **platform** (the app's page → Install → **platform**) with the permission _Organization projects: Read and write_ (any one repository of **platform** will do: the app needs only the organization's Projects there). Or remove `project.owner` to use a board of this repository's owner. The app then finds or creates the board on its next event.",
      "",
      "Everything else works without the board: cards, metrics, checks, rollouts and the summary issue.",
      "",
    ].join("\n"),
  );
});
