import { expect, test } from "vitest";
import {
  effectiveRole,
  meetsRole,
  type PermissionAnswer,
} from "../../../src/domain/permissions/repository-role.js";

const flags = (granted: string[]) =>
  Object.fromEntries(
    ["admin", "maintain", "push", "triage", "pull"].map((f) => [f, granted.includes(f)]),
  );

test.each<[string, PermissionAnswer, string | null]>([
  [
    "maintain reported as write in permission",
    {
      roleName: "maintain",
      permission: "write",
      flags: flags(["maintain", "push", "triage", "pull"]),
    },
    "maintain",
  ],
  [
    "triage reported as read",
    { roleName: "triage", permission: "read", flags: flags(["triage", "pull"]) },
    "triage",
  ],
  [
    "a custom role based on write",
    { roleName: "deployer", permission: "write", flags: flags(["push", "triage", "pull"]) },
    "write",
  ],
  [
    "a custom role known only by its flags",
    { roleName: "release-captain", permission: null, flags: flags(["maintain", "push", "pull"]) },
    "maintain",
  ],
  ["admin", { roleName: "admin", permission: "admin", flags: null }, "admin"],
  ["no access", { roleName: "none", permission: "none", flags: flags([]) }, null],
  ["nothing known", { roleName: null, permission: null, flags: null }, null],
])("%s", (_name, answer, role) => {
  expect(effectiveRole(answer)).toBe(role);
});

test.each([
  ["read", "write", false],
  ["triage", "write", false],
  ["write", "write", true],
  ["write", "maintain", false],
  ["maintain", "maintain", true],
  ["admin", "maintain", true],
  ["maintain", "admin", false],
  [null, "write", false],
] as const)("%s meets %s: %s", (role, least, meets) => {
  expect(meetsRole(role, least)).toBe(meets);
});
