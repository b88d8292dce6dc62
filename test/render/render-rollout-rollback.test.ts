import { expect, test } from "vitest";
import {
  renderRolloutRollback,
  type RollbackView,
} from "../../src/render/render-rollout-rollback.js";

const view: RollbackView = {
  command: "/rollback latency regression",
  model: "fraud-detector",
  version: "2.5.0",
  stableVersion: "2.4.0",
  reason: "latency regression",
  deploymentId: 1112,
  environment: "production",
  automatic: false,
};

test("a rollback by command quotes it, names the stable version, the record and the reason", () => {
  expect(renderRolloutRollback(view)).toBe(
    [
      "> /rollback latency regression",
      "",
      "↩️ **fraud-detector v2.5.0 is rolled back in production**: v2.4.0 takes all the traffic again.",
      "",
      "Deployment 1112 records it (`rollout: 0`); the canary's earlier deployments are marked inactive and the card's rollout boxes are cleared.",
      "",
      "**Reason:** latency regression",
      "",
      "**Next:** fix the regression on this PR; once the gates pass again, start over with `/promote`.",
    ].join("\n"),
  );
});

test("an automatic rollback on a first rollout: no quote, no stable version known, no reason", () => {
  const text = renderRolloutRollback({
    ...view,
    command: null,
    stableVersion: null,
    reason: null,
    automatic: true,
  });
  expect(
    text.startsWith(
      "↩️ **fraud-detector v2.5.0 is rolled back in production** automatically, by a monitoring alert: the stable version takes all the traffic again.",
    ),
  ).toBe(true);
  expect(text).toContain("**Reason:** none given");
});

test("the reason is escaped: it cannot ping anyone or break out of its line", () => {
  const text = renderRolloutRollback({ ...view, reason: "@oncall see <img src=x>\n# big" });
  expect(text).toContain("**Reason:** @&#8203;oncall see &lt;img src=x\\> \\# big");
});
