import { Octokit } from "@octokit/rest";
import nock from "nock";
import { ProbotOctokit } from "probot";
import { describe, expect, test } from "vitest";
import {
  downloadArtifact,
  type ArtifactsApi,
} from "../../../src/github/artifacts/download-artifact.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { buildZip } from "./build-zip.js";

const api = "https://api.github.com";
const storage = "https://productionresultssa1.blob.core.windows.net";
const listPath = "/repos/acme/models/actions/runs/30433642/artifacts";
const zip = buildZip([
  { name: "metrics.json", data: Buffer.from('{"model":"m","metrics":{"a":1}}') },
]);
const octokit = () => new Octokit({ auth: "test-token" });
const input = { owner: "acme", repo: "models", runId: 30433642, name: "mlops-metrics" };

function artifact(id: number, extra: Record<string, unknown> = {}) {
  return { id, name: "mlops-metrics", size_in_bytes: zip.length, expired: false, ...extra };
}

describe("downloadArtifact", () => {
  test("asks for no more than Probot's client has", () => {
    const api: ArtifactsApi = new ProbotOctokit().rest.actions;
    expect(typeof api.downloadArtifact).toBe("function");
  });

  test("finds the artifact by name and follows GitHub's redirect to storage, without the token", async () => {
    const scope = nock(api)
      .get(listPath)
      .query({ name: "mlops-metrics", per_page: "100" })
      .matchHeader("authorization", "token test-token")
      .reply(200, {
        total_count: 2,
        artifacts: [artifact(11, { expired: true }), artifact(12), artifact(10)],
      })
      .get("/repos/acme/models/actions/artifacts/12/zip")
      .reply(302, "", { location: `${storage}/actions-results/abc/artifact.zip?sig=s3cr3t` });
    const blob = nock(storage, { badheaders: ["authorization"] })
      .get("/actions-results/abc/artifact.zip")
      .query({ sig: "s3cr3t" })
      .reply(200, zip, { "content-type": "application/zip" });
    const result = await downloadArtifact(octokit().rest.actions, input);
    expect(result).toMatchObject({ ok: true, artifact: { id: 12, name: "mlops-metrics" } });
    expect(result.ok && Buffer.from(result.zip).equals(zip)).toBe(true);
    expect(scope.isDone() && blob.isDone()).toBe(true);
    expectRestRoute("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts");
    expectRestRoute(
      "GET",
      "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
    );
  });

  test("no artifact of that name", async () => {
    const scope = nock(api)
      .get(listPath)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [{ ...artifact(3), name: "mlops-metrics-old" }] });
    expect(await downloadArtifact(octokit().rest.actions, input)).toEqual({
      ok: false,
      code: "no-artifact",
      message: "the run uploaded no artifact named mlops-metrics",
    });
    expect(scope.isDone()).toBe(true);
  });

  test("only an expired one, or one gone by the time of the download", async () => {
    const expected = {
      ok: false,
      code: "artifact-expired",
      message: "the artifact mlops-metrics has expired and GitHub no longer has it",
    };
    const scope = nock(api)
      .get(listPath)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [artifact(4, { expired: true })] })
      .get(listPath)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [artifact(5)] })
      .get("/repos/acme/models/actions/artifacts/5/zip")
      .reply(410, { message: "Artifact has expired" });
    expect(await downloadArtifact(octokit().rest.actions, input)).toEqual(expected);
    expect(await downloadArtifact(octokit().rest.actions, input)).toEqual(expected);
    expect(scope.isDone()).toBe(true);
  });

  test("too large by the listing: not downloaded at all", async () => {
    const scope = nock(api)
      .get(listPath)
      .query(true)
      .reply(200, {
        total_count: 1,
        artifacts: [artifact(6, { size_in_bytes: 50 * 1024 * 1024 })],
      });
    expect(await downloadArtifact(octokit().rest.actions, input)).toEqual({
      ok: false,
      code: "too-large",
      message: "the artifact mlops-metrics is 50.0 MiB; the limit is 10.0 MiB",
    });
    expect(scope.isDone()).toBe(true);
  });

  test("too large on the wire although the listing said otherwise: the download stops at the cap", async () => {
    const scope = nock(api)
      .get(listPath)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [artifact(7)] })
      .get("/repos/acme/models/actions/artifacts/7/zip")
      .reply(302, "", { location: `${storage}/big.zip` });
    const blob = nock(storage)
      .get("/big.zip")
      .reply(200, Buffer.alloc(2048), { "content-type": "application/zip" });
    expect(await downloadArtifact(octokit().rest.actions, { ...input, maxBytes: 1024 })).toEqual({
      ok: false,
      code: "too-large",
      message: "the artifact mlops-metrics is over 1.0 KiB; the limit is 1.0 KiB",
    });
    expect(scope.isDone() && blob.isDone()).toBe(true);
  });

  test("other API errors are not the user's: they are thrown", async () => {
    nock(api).get(listPath).query(true).reply(500, { message: "boom" });
    await expect(downloadArtifact(octokit().rest.actions, input)).rejects.toMatchObject({
      status: 500,
    });
  });

  test("a listing of an unexpected shape is an error, not a guess", async () => {
    nock(api)
      .get(listPath)
      .query(true)
      .reply(200, { artifacts: [{ id: "x" }] });
    await expect(downloadArtifact(octokit().rest.actions, input)).rejects.toThrow();
  });
});
