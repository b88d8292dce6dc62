import { expect, test } from "vitest";
import { READ_PULL_LINKS, readPullLinks } from "../../../src/github/pulls/read-pull-links.js";
import { readIssuesByNumberDocument } from "../../../src/github/pulls/read-issues-by-number.js";
import {
  READ_CLOSING_PULLS,
  readClosingPulls,
} from "../../../src/github/issues/read-closing-pulls.js";
import { graphqlApi } from "../../helpers/graphql-api.js";

const issue = (number: number, repo = "acme/models", labels = ["ml-deployment"]) => ({
  id: `I_${number}`,
  number,
  title: `Issue ${number}`,
  body: "- [ ] Model validated",
  state: "OPEN",
  url: `https://github.com/${repo}/issues/${number}`,
  repository: { nameWithOwner: repo },
  labels: { nodes: labels.map((name) => ({ name })) },
});

test("readPullLinks: the PR and the issues it closes, other repositories included, in one request", async () => {
  const api = graphqlApi().expect(
    READ_PULL_LINKS,
    { owner: "acme", repo: "models", number: 42, first: 50 },
    {
      data: {
        repository: {
          pullRequest: {
            id: "PR_42",
            number: 42,
            state: "OPEN",
            headRefOid: "abc123",
            body: "Closes #7",
            url: "https://github.com/acme/models/pull/42",
            closingIssuesReferences: {
              totalCount: 3,
              nodes: [issue(7), issue(3, "acme/other", []), null],
            },
          },
        },
      },
    },
  );
  const links = await readPullLinks(api.gql, { owner: "acme", repo: "models", number: 42 });
  expect(links).toEqual({
    nodeId: "PR_42",
    number: 42,
    state: "open",
    headSha: "abc123",
    body: "Closes #7",
    url: "https://github.com/acme/models/pull/42",
    closing: [
      {
        nodeId: "I_7",
        number: 7,
        title: "Issue 7",
        body: "- [ ] Model validated",
        state: "open",
        url: "https://github.com/acme/models/issues/7",
        repo: "acme/models",
        labels: ["ml-deployment"],
      },
      {
        nodeId: "I_3",
        number: 3,
        title: "Issue 3",
        body: "- [ ] Model validated",
        state: "open",
        url: "https://github.com/acme/other/issues/3",
        repo: "acme/other",
        labels: [],
      },
    ],
    closingFrom: "github",
    truncated: true,
  });
  expect(api.scope.isDone()).toBe(true);
});

test("readPullLinks: no such pull request is null, an answer of another shape throws", async () => {
  const vars = { owner: "acme", repo: "models", number: 9, first: 50 };
  const api = graphqlApi()
    .expect(READ_PULL_LINKS, vars, { data: { repository: { pullRequest: null } } })
    .expect(READ_PULL_LINKS, vars, { data: { repository: { pullRequest: { id: 1 } } } });
  expect(await readPullLinks(api.gql, { owner: "acme", repo: "models", number: 9 })).toBeNull();
  await expect(
    readPullLinks(api.gql, { owner: "acme", repo: "models", number: 9 }),
  ).rejects.toThrow();
  expect(api.scope.isDone()).toBe(true);
});

test("readClosingPulls: only open PRs of the same repository", async () => {
  const pr = (number: number, state: string, repo = "acme/models") => ({
    number,
    state,
    headRefOid: `sha${number}`,
    repository: { nameWithOwner: repo },
  });
  const api = graphqlApi().expect(
    READ_CLOSING_PULLS,
    { owner: "acme", repo: "models", number: 7, releaseBranches: false, recent: 50 },
    {
      data: {
        repository: {
          defaultBranchRef: { name: "main" },
          issue: {
            closedByPullRequestsReferences: {
              nodes: [pr(42, "OPEN"), pr(40, "MERGED"), pr(5, "OPEN", "fork/models"), null],
            },
          },
        },
      },
    },
  );
  expect(await readClosingPulls(api.gql, { owner: "acme", repo: "models", number: 7 })).toEqual([
    { number: 42, headSha: "sha42", repo: "acme/models", via: "github" },
  ]);
  expect(api.scope.isDone()).toBe(true);
});

/** The PR into `base` (default branch `main`), with this body and no link from GitHub. */
function pullInto(base: string, body: string) {
  return {
    data: {
      repository: {
        defaultBranchRef: { name: "main" },
        pullRequest: {
          id: "PR_42",
          number: 42,
          state: "OPEN",
          headRefOid: "abc123",
          baseRefName: base,
          body,
          url: "https://github.com/acme/models/pull/42",
          closingIssuesReferences: { totalCount: 0, nodes: [] },
        },
      },
    },
  };
}

test("readPullLinks, a PR into a release branch: the closing keywords of its body, same repository only, read in a second request", async () => {
  const body =
    "Closes #7, fixes acme/models#8, resolves https://github.com/acme/models/issues/41\nCloses acme/other#3 and closes #9";
  const api = graphqlApi()
    .expect(
      READ_PULL_LINKS,
      { owner: "acme", repo: "models", number: 42, first: 50 },
      pullInto("release/2.4", body),
    )
    .expect(
      readIssuesByNumberDocument(4),
      { owner: "acme", repo: "models", n0: 7, n1: 8, n2: 41, n3: 9 },
      // #8 is a pull request (the fragment asks nothing of it); #41 does not exist.
      {
        data: { repository: { i0: issue(7), i1: {}, i2: null, i3: issue(9, "acme/models", []) } },
        errors: [
          {
            type: "NOT_FOUND",
            path: ["repository", "i2"],
            message: "Could not resolve to an issue or pull request with the number of 41.",
          },
        ],
      },
    );
  const links = await readPullLinks(api.gql, { owner: "acme", repo: "models", number: 42 });
  expect(links?.closingFrom).toBe("body");
  expect(links?.truncated).toBe(false);
  expect(links?.closing.map((i) => [i.number, i.labels])).toEqual([
    [7, ["ml-deployment"]],
    [9, []],
  ]);
  expect(api.scope.isDone()).toBe(true);
});

test("readPullLinks, a PR into the default branch: GitHub's links only, the body is not read again", async () => {
  const api = graphqlApi().expect(
    READ_PULL_LINKS,
    { owner: "acme", repo: "models", number: 42, first: 50 },
    pullInto("main", "Closes #7"),
  );
  const links = await readPullLinks(api.gql, { owner: "acme", repo: "models", number: 42 });
  expect(links?.closingFrom).toBe("github");
  expect(links?.closing).toEqual([]);
  expect(api.calls).toHaveLength(1);
  expect(api.scope.isDone()).toBe(true);
});

test("readClosingPulls with releaseBranches: release-branch PRs whose body closes the issue count, in the same request", async () => {
  const open = (number: number, base: string, body: string) => ({
    number,
    headRefOid: `sha${number}`,
    baseRefName: base,
    body,
  });
  const api = graphqlApi().expect(
    READ_CLOSING_PULLS,
    { owner: "acme", repo: "models", number: 7, releaseBranches: true, recent: 50 },
    {
      data: {
        repository: {
          defaultBranchRef: { name: "main" },
          issue: {
            closedByPullRequestsReferences: {
              nodes: [
                {
                  number: 42,
                  state: "OPEN",
                  headRefOid: "sha42",
                  repository: { nameWithOwner: "acme/models" },
                },
              ],
            },
          },
          pullRequests: {
            nodes: [
              open(42, "main", "Closes #7"),
              open(43, "release/2.4", "Fixes #7"),
              open(44, "release/2.4", "Fixes #70 and acme/other#7"),
              open(45, "main", "Closes #7 (GitHub would have linked it)"),
              null,
            ],
          },
        },
      },
    },
  );
  const pulls = await readClosingPulls(
    api.gql,
    { owner: "acme", repo: "models", number: 7 },
    { releaseBranches: true },
  );
  expect(pulls).toEqual([
    { number: 42, headSha: "sha42", repo: "acme/models", via: "github" },
    { number: 43, headSha: "sha43", repo: "acme/models", via: "body" },
  ]);
  expect(api.scope.isDone()).toBe(true);
});
