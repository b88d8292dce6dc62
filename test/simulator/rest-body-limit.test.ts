import { expect, test } from "vitest";
import { setupSimulator } from "./setup-simulator.js";

const repo = { owner: "acme", repo: "models" };
const AT_LIMIT = "x".repeat(65_536);
const OVER = `${AT_LIMIT}x`;

// GitHub refuses issue and comment bodies over 65,536 characters with a 422; the simulator
// must too, or a test of a long reply would pass here and the person get nothing on GitHub.
const refused = (resource: string) => ({
  status: 422,
  response: {
    data: {
      errors: [
        {
          resource,
          code: "custom",
          field: "body",
          message: "body is too long (maximum is 65536 characters)",
        },
      ],
    },
  },
});

test("an issue body: 65,536 characters are taken, one more is refused with GitHub's 422", async () => {
  const { octokit } = await setupSimulator();
  const { data } = await octokit.rest.issues.create({ ...repo, title: "t", body: AT_LIMIT });
  expect(data.body).toHaveLength(65_536);
  const target = { ...repo, issue_number: data.number };
  await expect(
    octokit.rest.issues.create({ ...repo, title: "t", body: OVER }),
  ).rejects.toMatchObject(refused("Issue"));
  await expect(octokit.rest.issues.update({ ...target, body: OVER })).rejects.toMatchObject(
    refused("Issue"),
  );
});

test("a comment body: 65,536 characters are taken, one more is refused on create and edit", async () => {
  const { octokit } = await setupSimulator();
  const { data: issue } = await octokit.rest.issues.create({ ...repo, title: "t" });
  const target = { ...repo, issue_number: issue.number };
  const { data } = await octokit.rest.issues.createComment({ ...target, body: AT_LIMIT });
  await expect(octokit.rest.issues.createComment({ ...target, body: OVER })).rejects.toMatchObject(
    refused("IssueComment"),
  );
  await expect(
    octokit.rest.issues.updateComment({ ...repo, comment_id: data.id, body: OVER }),
  ).rejects.toMatchObject(refused("IssueComment"));
});
