import { describe, expect, test } from "vitest";
import { parseCommands } from "../../../src/domain/commands/parse-commands.js";

const long = "x".repeat(15_000);

describe("a long argument is refused or quoted short, so the reply fits GitHub's limit", () => {
  test("--env longer than GitHub's 255 characters is a bad argument with a short message", () => {
    const [command] = parseCommands(`/mlops live --env ${long}`);
    expect(command).toMatchObject({ type: "invalid", reason: "bad-environment" });
    if (command?.type !== "invalid") throw new Error("expected invalid");
    expect(command.message).toBe(
      "The --env value is 15,000 characters long; GitHub environment names have at most 255. Give the environment's name, like --env production.",
    );
    expect(command.command).toHaveLength(300);
    expect(command.command.startsWith("/mlops live --env xxx")).toBe(true);
    expect(command.command.endsWith("x…")).toBe(true);
  });

  test("an environment name of exactly 255 characters is taken", () => {
    const name = "e".repeat(255);
    expect(parseCommands(`/mlops live --env ${name}`)).toEqual([
      { type: "live", env: name, at: null },
    ]);
  });

  test.each([
    ["--at <long>", "bad-time", `/mlops live --at ${long}`],
    ["a long word", "unexpected-argument", `/mlops live ${long}`],
    ["a long flag", "unknown-flag", `/mlops live --${long}`],
    ["a long subcommand", "unknown-subcommand", `/mlops ${long}`],
    ["a long percentage", "bad-percent", `/promote ${long}`],
  ])("%s is %s, its echo cut", (_name, reason, body) => {
    const [command] = parseCommands(body);
    expect(command).toMatchObject({ type: "invalid", reason });
    if (command?.type !== "invalid") throw new Error("expected invalid");
    expect(command.command.length).toBeLessThanOrEqual(300);
    expect(command.message.length).toBeLessThan(400);
  });
});
