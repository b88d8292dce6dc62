import { Octokit } from "@octokit/rest";
import nock from "nock";
import { expect, test } from "vitest";
import { replyToCommand } from "../../../src/handlers/rollout/reply-to-command.js";
import type { AppContext } from "../../../src/handlers/support/app-context.js";

const context = {
  octokit: new Octokit({ auth: "token", request: { retries: 0 } }),
} as unknown as AppContext;
const target = { owner: "acme", repo: "models", issue_number: 42 };
const marker = "<!-- mlops-bot:command 7 -->";

test("a reply over GitHub's 65,536 characters is cut to fit, with a line saying so", async () => {
  const posted: string[] = [];
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/issues/42/comments")
    .query({ per_page: "100" })
    .reply(200, [])
    .post("/repos/acme/models/issues/42/comments", (body: { body: string }) => {
      posted.push(body.body);
      return true;
    })
    .reply(201, { id: 9 });
  const line = "| fraud-detector | v2.4.0 | 95% | 2026-10-01 09:00 UTC | 1000 |\n";

  await replyToCommand(context, target, 7, `> /mlops live\n\n${line.repeat(2_000)}`);

  expect(scope.isDone()).toBe(true);
  const [body = ""] = posted;
  expect(body.length).toBeLessThanOrEqual(65_536);
  expect(body.length).toBeGreaterThan(65_000);
  expect(body.startsWith(`${marker}\n> /mlops live\n\n| fraud-detector |`)).toBe(true);
  expect(
    body.endsWith(
      "| 1000 |\n\n_mlops-bot shortened this message to fit GitHub's limit of 65,536 characters; the rest is left out._\n",
    ),
  ).toBe(true);
});

test("a reply within the limit is posted as it is", async () => {
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/issues/42/comments")
    .query({ per_page: "100" })
    .reply(200, [])
    .post("/repos/acme/models/issues/42/comments", { body: `${marker}\n> /status\n\nfine` })
    .reply(201, { id: 9 });
  await replyToCommand(context, target, 7, "> /status\n\nfine");
  expect(scope.isDone()).toBe(true);
});
