import nock from "nock";
import { expect, test } from "vitest";
import { createAppIdentity } from "../../../src/handlers/support/app-identity.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";

test("the login and the id come from one GET /app, kept for the process", async () => {
  expectRestRoute("GET", "/app");
  const { probot } = createTestProbot();
  const scope = nock("https://api.github.com")
    .get("/app")
    .once()
    .reply(200, { id: 4242, slug: "mlops-bot" });
  const identity = createAppIdentity(probot);
  expect(await Promise.all([identity.login(), identity.id()])).toEqual(["mlops-bot[bot]", 4242]);
  expect(await identity.id()).toBe(4242);
  expect(scope.isDone()).toBe(true);
});

test("a failed lookup is not kept: the next call asks again", async () => {
  const { probot } = createTestProbot();
  const scope = nock("https://api.github.com")
    .get("/app")
    .reply(500, { message: "boom" })
    .get("/app")
    .reply(200, { id: 7, slug: "other-bot" });
  const identity = createAppIdentity(probot);
  await expect(identity.id()).rejects.toMatchObject({ status: 500 });
  expect(await identity.id()).toBe(7);
  expect(await identity.login()).toBe("other-bot[bot]");
  expect(scope.isDone()).toBe(true);
});

test("an answer without an id gives the login but never a guessed id", async () => {
  const { probot } = createTestProbot();
  const scope = nock("https://api.github.com").get("/app").reply(200, { slug: "mlops-bot" });
  const identity = createAppIdentity(probot);
  expect(await identity.login()).toBe("mlops-bot[bot]");
  await expect(identity.id()).rejects.toThrow("GET /app answered without the app id");
  expect(scope.isDone()).toBe(true);
});
