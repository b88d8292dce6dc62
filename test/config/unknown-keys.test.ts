import { expect, test } from "vitest";
import { describeConfigIssues } from "../../src/config/describe-config-issues.js";
import { configSchema } from "../../src/config/schema.js";

test("10,000 unknown keys: five are named, the rest counted, the allowed keys still said", () => {
  const input = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`key${i}`, 1]));
  const parsed = configSchema.safeParse(input, { reportInput: true });
  expect(parsed.success).toBe(false);
  const problems = parsed.success ? [] : describeConfigIssues(parsed.error.issues);
  expect(problems).toHaveLength(1);
  expect(problems[0]?.message).toMatch(
    /^unknown keys "key0", "key1", "key2", "key3", "key4" and 9,995 more; the keys allowed here are: _extends, project, /,
  );
});
