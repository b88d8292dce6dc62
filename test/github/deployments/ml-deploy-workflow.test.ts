import { expect, test } from "vitest";
import { parse } from "yaml";
import { readTemplate } from "../../../src/render/render-template.js";

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<
    string,
    { if: string; environment: string; steps: Array<{ name: string; if?: string; run: string }> }
  >;
}

const workflow = parse(readTemplate("workflows/ml-deploy.yml")) as Workflow;
const job = workflow.jobs.deploy;
const step = (name: string) => job?.steps.find((s) => s.name === name);

test("runs on the app's deployments only, with the deployments permission", () => {
  expect(Object.keys(workflow.on)).toEqual(["deployment"]);
  expect(workflow.permissions).toEqual({ contents: "read", deployments: "write" });
  expect(job?.if).toContain("github.event.deployment.task == 'deploy'");
  expect(job?.if).toContain("payload.model");
});

test("moves the weights from the payload and reports without retiring the stable version", () => {
  expect(step("Move the traffic weights")?.run).toContain("update-endpoint-weights-and-capacities");
  expect(step("Move the traffic weights")?.run).toContain("DesiredWeight=$((100 - ROLLOUT))");
  for (const name of ["Report success", "Report failure"]) {
    expect(step(name)?.run).toContain("-F auto_inactive=false");
    expect(step(name)?.run).toContain('-f log_url="$LOG_URL"');
  }
  expect(step("Report success")?.run).toContain("state=success");
  expect(step("Report failure")?.if).toBe("failure()");
  expect(step("Report failure")?.run).toContain("state=failure");
});

test("a step the app marked as a duplicate (error) moves nothing", () => {
  expect(step("Move the traffic weights")?.if).toBe("steps.latest.outputs.state != 'error'");
  expect(step("Skip a superseded step")?.run).toContain('gh api "$DEPLOYMENT_URL"');
});
