import { expect, test } from "vitest";
import { setupSimulator } from "./setup-simulator.js";

const base = { owner: "acme", repo: "models", name: "mlops/evaluation", head_sha: "a".repeat(40) };

test("a check-run summary over 65,535 bytes is refused as GitHub refuses it, though under 65,535 characters", async () => {
  const { sim, octokit } = await setupSimulator();
  const summary = "é".repeat(40_000); // 40,000 characters, 80,000 bytes
  const error = await octokit.rest.checks
    .create({
      ...base,
      status: "completed",
      conclusion: "success",
      output: { title: "t", summary },
    })
    .catch((e: unknown) => e as { status: number; response: { data: unknown } });
  expect(error).toMatchObject({
    status: 422,
    response: {
      data: {
        message: "Validation Failed",
        errors: [
          {
            resource: "CheckRun",
            code: "custom",
            field: "summary",
            message: "summary exceeds a maximum bytesize of 65535",
          },
        ],
      },
    },
  });
  expect(sim.store.checkRuns.size).toBe(0);
  const fits = "é".repeat(32_767); // 65,534 bytes
  const { data } = await octokit.rest.checks.create({
    ...{ ...base, status: "completed", conclusion: "success" },
    output: { title: "t", summary: fits, text: fits },
  });
  const tooLong = await octokit.rest.checks
    .update({
      ...base,
      check_run_id: data.id,
      output: { title: "t", summary: "x", text: `${fits}éé` },
    })
    .catch((e: unknown) => e as { status: number });
  expect(tooLong).toMatchObject({ status: 422 });
  expect(sim.store.checkRuns.get(data.id)?.output.text).toBe(fits);
});
