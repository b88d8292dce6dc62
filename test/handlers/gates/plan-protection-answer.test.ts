import { expect, test } from "vitest";
import {
  configErrorAnswer,
  planProtectionAnswer,
} from "../../../src/handlers/gates/plan-protection-answer.js";

const request = { environment: "production", sha: "0123456789abcdef0123456789abcdef01234567" };

test("every gate passing: approved, each gate named", () => {
  const answer = planProtectionAnswer(request, [
    { name: "checklist", ok: true, detail: "mlops/checklist: success" },
  ]);
  expect(answer).toEqual({
    environment: "production",
    state: "approved",
    comment:
      "✅ mlops-bot: the gates pass for 0123456, deploying to production is approved.\n- mlops/checklist: success",
  });
});

test("no gates required: approved, saying so", () => {
  expect(planProtectionAnswer(request, []).comment).toContain(
    "rollout.require in .github/mlops.yml lists no gates.",
  );
});

test("failing gates: rejected, only the failing ones named", () => {
  const answer = planProtectionAnswer(request, [
    { name: "checklist", ok: true, detail: "mlops/checklist: success" },
    { name: "evaluation", ok: false, detail: "mlops/evaluation is still running" },
  ]);
  expect(answer.state).toBe("rejected");
  expect(answer.comment).toBe(
    [
      "❌ mlops-bot: 1 gate is failing for 0123456, deploying to production is rejected.",
      "- evaluation: mlops/evaluation is still running",
      "Fix them (tick the release checklist in the deployment issue, re-run the evaluation), then re-run the deploy job.",
    ].join("\n"),
  );
});

test("a broken config fails closed, naming the file and each key", () => {
  const answer = configErrorAnswer(request, {
    file: ".github/mlops.yml",
    problems: [{ path: "rollout.require[0]", message: "expected checklist or evaluation" }],
    fingerprint: "f",
  });
  expect(answer).toEqual({
    environment: "production",
    state: "rejected",
    comment: [
      "❌ mlops-bot cannot use .github/mlops.yml, so deploying to production is rejected.",
      "- rollout.require[0]: expected checklist or evaluation",
      "Fix the file on the default branch, then re-run the deploy job.",
    ].join("\n"),
  });
});

test("a broken config with many problems: the first 3 listed, the rest counted (showConfigProblems)", () => {
  const problems = Array.from({ length: 5 }, (_, index) => ({
    path: `rollout.steps[${index}]`,
    message: "expected a percentage",
  }));
  const answer = configErrorAnswer(request, {
    file: ".github/mlops.yml",
    problems,
    fingerprint: "f",
  });
  expect(answer.comment).toBe(
    [
      "❌ mlops-bot cannot use .github/mlops.yml, so deploying to production is rejected.",
      "- rollout.steps[0]: expected a percentage",
      "- rollout.steps[1]: expected a percentage",
      "- rollout.steps[2]: expected a percentage",
      "- … and 2 more problems",
      "Fix the file on the default branch, then re-run the deploy job.",
    ].join("\n"),
  );
});
