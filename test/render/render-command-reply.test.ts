import { expect, test } from "vitest";
import { renderCommandHelp } from "../../src/render/render-command-help.js";
import {
  renderCommandInvalid,
  renderCommandRefused,
} from "../../src/render/render-command-reply.js";

test("a refusal quotes the command, gives the reason and the fix, and says nothing changed", () => {
  expect(
    renderCommandRefused({
      command: "/promote 30%",
      message: "30% is not a configured step (steps: 5%, 25%, 50%, 100%). Type one of them.",
    }),
  ).toBe(
    [
      "> /promote 30%",
      "",
      "👎 **Not done:** 30% is not a configured step (steps: 5%, 25%, 50%, 100%). Type one of them.",
      "",
      "Nothing was deployed and nothing changed.",
    ].join("\n"),
  );
});

test("a bad argument points to /mlops help", () => {
  expect(
    renderCommandInvalid({
      command: "/promote soon",
      message: '"soon" is not a percentage. Type a configured step, like /promote 25%.',
    }),
  ).toBe(
    [
      "> /promote soon",
      "",
      '👎 **I could not read this command:** "soon" is not a percentage. Type a configured step, like /promote 25%.',
      "",
      "Type `/mlops help` for the commands.",
    ].join("\n"),
  );
});

test("what people typed is escaped: no mention, no link, no second quote line", () => {
  const text = renderCommandRefused({
    command: "/rollback ping @acme/sre [x](https://evil.example)\n> injected",
    message: "PR #42 is closed. Promote from an open PR.",
  });
  expect(text.split("\n")[0]).toBe(
    "> /rollback ping @&#8203;acme/sre \\[x\\](https://evil.example) \\> injected",
  );
  expect(text).toContain("PR \\#42 is closed");
});

test("/mlops help lists every command with this repository's steps, role, gates and environment", () => {
  const text = renderCommandHelp({
    environment: "prod-eu",
    steps: [10, 50, 100],
    promoters: "maintain",
    require: ["checklist"],
  });
  for (const command of [
    "| `/promote` | moves the rollout to the next step of 10% → 50% → 100% |",
    "| `/promote 25%` |",
    "| `/rollback [reason]` |",
    "| `/status` |",
    "| `/mlops live [--env E] [--at 2026-10-01T14:00Z]` |",
    "| `/mlops help` | this list |",
  ])
    expect(text).toContain(command);
  expect(text).toContain(
    "`/promote` and `/rollback` need the repository role **maintain** or higher; `/promote` also needs the gates checklist to pass on the PR's head commit. Each step is a GitHub deployment to **prod-eu**",
  );
  expect(
    renderCommandHelp({
      ...{ environment: "production", steps: [100] },
      promoters: "write",
      require: [],
    }),
  ).toContain("needs the gates (none configured) to pass");
});
