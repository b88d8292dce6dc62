import { expect, test } from "vitest";
import { shouldIgnoreComment } from "../../../src/domain/commands/should-ignore-comment.js";

test.each<[string, string | null | undefined, string | null | undefined, boolean]>([
  ["created", "User", "User", false],
  ["created", "Organization", "User", false],
  ["created", undefined, null, false],
  ["edited", "User", "User", true],
  ["deleted", "User", "User", true],
  ["created", "Bot", "User", true],
  ["created", "User", "Bot", true],
  ["created", "Bot", "Bot", true],
])("action %s, sender %s, author %s → ignored %s", (action, senderType, userType, ignored) => {
  expect(shouldIgnoreComment({ action, senderType, userType })).toBe(ignored);
});
