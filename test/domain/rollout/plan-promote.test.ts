import { describe, expect, test } from "vitest";
import { foldRollout } from "../../../src/domain/rollout/fold-rollout.js";
import { planPromote, type PromoteInput } from "../../../src/domain/rollout/plan-promote.js";
import type { AppDeployment } from "../../../src/domain/rollout/deployment-record.js";
import { deployment, lifecycle } from "./history.js";

const state = (history: AppDeployment[], now = "2026-10-10T00:00:00Z") =>
  foldRollout(history, { environment: "production", model: "fraud-detector", now: new Date(now) });
const stable = [lifecycle[0]!]; // 2.2.0 at 100%
const atFive = [
  ...stable,
  deployment(8, "2026-10-04T10:00:00Z", {
    version: "2.5.0",
    rollout: 5,
    stable_version: "2.2.0",
    pull_request: 43,
  }),
];
const ok = { name: "checklist", ok: true, detail: "5 of 5 ticked" } as const;

const input = (over: Partial<PromoteInput> = {}): PromoteInput => ({
  state: state(stable),
  steps: [5, 25, 50, 100],
  requested: null,
  gates: [ok, { name: "evaluation", ok: true, detail: "thresholds met" }],
  pr: { number: 43, state: "open", headSha: "0123456789abcdef" },
  fork: null,
  deploymentIssue: { model: "fraud-detector", version: "2.5.0" },
  commentId: 900,
  ...over,
});

describe("planPromote: accepted", () => {
  test.each<[string, Partial<PromoteInput>, { step: number; from: number; isFinal: boolean }]>([
    ["/promote on a fresh rollout takes the first step", {}, { step: 5, from: 0, isFinal: false }],
    ["/promote 25% skips a step", { requested: 25 }, { step: 25, from: 0, isFinal: false }],
    [
      "/promote from 5% takes the next step",
      { state: state(atFive) },
      { step: 25, from: 5, isFinal: false },
    ],
    [
      "/promote 100% finishes",
      { state: state(atFive), requested: 100 },
      { step: 100, from: 5, isFinal: true },
    ],
    [
      "steps given unsorted and repeated",
      { steps: [100, 25, 5, 25] },
      { step: 5, from: 0, isFinal: false },
    ],
    ["no gates required", { gates: [] }, { step: 5, from: 0, isFinal: false }],
  ])("%s", (_name, over, expected) => {
    expect(planPromote(input(over))).toMatchObject({ ok: true, ...expected });
  });

  test("the plan holds the exact deployment to create", () => {
    expect(planPromote(input({ state: state(atFive) }))).toEqual({
      ok: true,
      environment: "production",
      ref: "0123456789abcdef",
      payload: {
        model: "fraud-detector",
        version: "2.5.0",
        rollout: 25,
        stable_version: "2.2.0",
        pull_request: 43,
        comment_id: 900,
      },
      step: 25,
      from: 5,
      isFinal: false,
    });
  });

  test("a first rollout has no stable version; an automatic promote has no comment id", () => {
    const plan = planPromote(input({ state: state([]), commentId: null }));
    expect(plan.ok && plan.payload).toEqual({
      model: "fraud-detector",
      version: "2.5.0",
      rollout: 5,
      stable_version: null,
      pull_request: 43,
    });
  });

  test("a version rolled back earlier can be promoted again from the start", () => {
    const rolledBack = [
      ...atFive,
      deployment(9, "2026-10-04T11:00:00Z", {
        version: "2.5.0",
        rollout: 0,
        stable_version: "2.2.0",
      }),
    ];
    expect(planPromote(input({ state: state(rolledBack) }))).toMatchObject({
      ok: true,
      step: 5,
      from: 0,
    });
  });
});

describe("planPromote: refused, with the reason and the fix", () => {
  const finished = [
    ...atFive,
    deployment(9, "2026-10-04T12:00:00Z", {
      version: "2.5.0",
      rollout: 100,
      stable_version: "2.2.0",
    }),
  ];
  test.each<[string, Partial<PromoteInput>, string, RegExp]>([
    [
      "the PR is closed",
      { pr: { number: 43, state: "closed", headSha: "abc" } },
      "pr-closed",
      /PR #43 is closed/,
    ],
    [
      "no deployment issue",
      { deploymentIssue: null },
      "no-deployment-issue",
      /closes no ml-deployment issue.*Closes #<issue>/,
    ],
    [
      "another version's rollout is in progress",
      { state: state(atFive), deploymentIssue: { model: "fraud-detector", version: "2.6.0" } },
      "rollout-of-other-version-in-progress",
      /2\.5\.0 is at 5% from PR #43.*\/rollback/,
    ],
    [
      "the version already serves all traffic",
      { state: state(finished) },
      "already-complete",
      /2\.5\.0 already serves all traffic in production/,
    ],
    [
      "the stable version itself",
      { deploymentIssue: { model: "fraud-detector", version: "2.2.0" } },
      "already-complete",
      /already serves/,
    ],
    [
      "no step above the current one",
      { state: state(atFive), steps: [5] },
      "no-next-step",
      /No configured step is above 5% \(steps: 5%\)/,
    ],
    [
      "not a configured step",
      { requested: 30 },
      "not-a-step",
      /30% is not a configured step \(steps: 5%, 25%, 50%, 100%\)/,
    ],
    [
      "already at that step (a new comment, not a redelivery)",
      { state: state(atFive), requested: 5 },
      "already-at-step",
      /already at 5%.*\/promote for the next/,
    ],
    [
      "below the current step",
      {
        state: state([
          ...atFive,
          deployment(10, "2026-10-04T10:30:00Z", {
            version: "2.5.0",
            rollout: 50,
            stable_version: "2.2.0",
          }),
        ]),
        requested: 25,
      },
      "not-above-current",
      /at 50%, above 25%.*\/rollback/,
    ],
    [
      "a gate failing names each failing gate",
      { gates: [ok, { name: "evaluation", ok: false, detail: "accuracy 0.88 < 0.90" }] },
      "gate-failing",
      /Gates failing on 0123456: evaluation \(accuracy 0\.88 < 0\.90\)\. Fix them/,
    ],
  ])("%s", (_name, over, reason, message) => {
    const plan = planPromote(input(over));
    expect(plan).toMatchObject({ ok: false, reason });
    expect(!plan.ok && "message" in plan && plan.message).toMatch(message);
  });

  test("a closed PR is refused before anything else is checked", () => {
    const plan = planPromote(
      input({
        pr: { number: 43, state: "closed", headSha: "abc" },
        deploymentIssue: null,
        requested: 30,
      }),
    );
    expect(plan).toMatchObject({ ok: false, reason: "pr-closed" });
  });

  test.each<[string, string | null]>([
    ["a fork", "mallory/models"],
    ["a deleted fork", null],
  ])("a PR from %s is refused before the rest is judged, unless allow_forks", (_name, head) => {
    const over = { requested: 30, deploymentIssue: null };
    expect(planPromote(input({ ...over, fork: { headRepository: head, allowed: false } }))).toEqual(
      {
        ok: false,
        reason: "pr-from-fork",
        pullRequest: 43,
        headRepository: head,
        environment: "production",
      },
    );
    expect(planPromote(input({ fork: { headRepository: head, allowed: true } }))).toMatchObject({
      ok: true,
      step: 5,
    });
  });

  test("a closed fork PR is refused as closed", () => {
    const fork = { headRepository: "mallory/models", allowed: false };
    const pr = { number: 43, state: "closed" as const, headSha: "abc" };
    expect(planPromote(input({ pr, fork }))).toMatchObject({ reason: "pr-closed" });
  });

  test("a bad step is refused before the gates are reported", () => {
    const plan = planPromote(
      input({ requested: 30, gates: [{ name: "checklist", ok: false, detail: "1 unticked" }] }),
    );
    expect(plan).toMatchObject({ ok: false, reason: "not-a-step" });
  });
});
