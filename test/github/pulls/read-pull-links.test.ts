import { expect, test } from "vitest";
import { READ_PULL_LINKS, readPullLinks } from "../../../src/github/pulls/read-pull-links.js";
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
    { owner: "acme", repo: "models", number: 7 },
    {
      data: {
        repository: {
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
    { number: 42, headSha: "sha42", repo: "acme/models" },
  ]);
  expect(api.scope.isDone()).toBe(true);
});
