import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import { parse } from "yaml";

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

/** Probot's own setup-flow code (14.3.2), which its package's `exports` does not expose. */
interface ManifestCreation {
  getManifest(options: {
    pkg: object;
    baseUrl: string;
    readFileSync?: (path: string, encoding: "utf8") => string;
  }): string;
  readonly createAppUrl: string;
}
const { ManifestCreation } = (await import(
  new URL("node_modules/probot/lib/manifest-creation.js", root).href
)) as { ManifestCreation: new () => ManifestCreation };

/** The manifest Probot's setup page posts to GitHub, built from `appYml` as app.yml. */
function manifest(appYml: string, baseUrl = "https://bot.example.com") {
  const json = new ManifestCreation().getManifest({
    pkg: { name: "mlops-bot", description: "d" },
    baseUrl,
    readFileSync: () => appYml,
  });
  return JSON.parse(json) as {
    hook_attributes: { url: string };
    default_events: string[];
    default_permissions: Record<string, string>;
    redirect_url: string;
    public: boolean;
  };
}

describe(".env.example", () => {
  const text = read(".env.example");

  test("sets nothing: every line is a comment or blank (Probot 14 lets .env win over the environment)", () => {
    const assignments = text
      .split("\n")
      .map((line, index) => ({ line: index + 1, text: line }))
      .filter(({ text: line }) => line.trim() !== "" && !line.trimStart().startsWith("#"));
    expect(assignments).toEqual([]);
    // Node's parser, the one Probot loads .env with, finds no variable in it.
    expect(parseEnv(text)).toEqual({});
  });

  test("the test catches an assignment left uncommented", () => {
    const copied = `${text}\nAPP_ID=\n`;
    expect(parseEnv(copied)).toEqual({ APP_ID: "" });
  });

  test("each variable it offers is one that Probot or the app reads, and uncommented it parses", () => {
    const offered = [...text.matchAll(/^# ([A-Z][A-Z0-9_]*)=(.*)$/gm)];
    const names = offered.map((m) => m[1]!);
    expect(names).toEqual([
      "APP_ID",
      "PRIVATE_KEY",
      "PRIVATE_KEY_PATH",
      "WEBHOOK_SECRET",
      "GH_ORG",
      "WEBHOOK_PROXY_URL",
      "HOST",
      "PORT",
      "GHE_HOST",
      "NODE_ENV",
      "LOG_LEVEL",
      "REDIS_URL",
    ]);
    const readers = [
      ...sources("node_modules/probot/lib", ".js"),
      ...sources("node_modules/@probot/get-private-key/dist-src", ".js"),
      ...sources("src", ".ts"),
    ].join("\n");
    for (const name of names)
      expect(readers, name).toMatch(new RegExp(`\\b(env\\.|process\\.env\\.)${name}\\b`));
    const uncommented = offered.map((m) => `${m[1]}=${m[2]}`).join("\n");
    expect(Object.keys(parseEnv(uncommented)).sort()).toEqual([...names].sort());
  });
});

describe("app.yml, as Probot's setup flow turns it into the manifest", () => {
  const appYml = read("app.yml");
  afterEach(() => vi.unstubAllEnvs());

  test("asks for the contract's permissions and subscribes to its events", () => {
    const m = manifest(appYml);
    expect(m.default_permissions).toEqual({
      issues: "write",
      pull_requests: "write",
      checks: "write",
      deployments: "write",
      actions: "read",
      contents: "read",
      metadata: "read",
      organization_projects: "write",
    });
    expect(m.default_events).toEqual([
      "issues",
      "issue_comment",
      "pull_request",
      "pull_request_review",
      "check_run",
      "workflow_run",
      "deployment_status",
      "deployment_protection_rule",
      "repository_dispatch",
    ]);
    expect(m.public).toBe(false);
    expect(m.redirect_url).toBe("https://bot.example.com/probot/setup");
  });

  test("development: the smee channel of WEBHOOK_PROXY_URL is registered (it forwards to the webhook path)", () => {
    vi.stubEnv("WEBHOOK_PROXY_URL", "https://smee.io/abc");
    expect(manifest(appYml).hook_attributes).toEqual({ url: "https://smee.io/abc" });
  });

  test("a public URL: app.yml's hook_attributes, uncommented, registers Probot's path", () => {
    const uncommented = appYml.replace(
      "# hook_attributes:\n#   url: https://mlops-bot.example.com/api/github/webhooks",
      "hook_attributes:\n  url: https://mlops-bot.example.com/api/github/webhooks",
    );
    expect(uncommented).not.toBe(appYml);
    expect(parse(uncommented)).toHaveProperty("hook_attributes");
    expect(manifest(uncommented).hook_attributes).toEqual({
      url: "https://mlops-bot.example.com/api/github/webhooks",
    });
    // Without it (and without a proxy), Probot registers the page's root, where POST
    // answers 404: the reason app.yml and the README say to set one of the two.
    expect(manifest(appYml).hook_attributes).toEqual({ url: "https://bot.example.com/" });
  });

  test("GH_ORG registers the app on the organization", () => {
    expect(new ManifestCreation().createAppUrl).toBe("https://github.com/settings/apps/new");
    vi.stubEnv("GH_ORG", "acme");
    expect(new ManifestCreation().createAppUrl).toBe(
      "https://github.com/organizations/acme/settings/apps/new",
    );
  });
});

test("LICENSE is the MIT licence that package.json names", () => {
  const pkg = JSON.parse(read("package.json")) as { license: string };
  expect(pkg.license).toBe("MIT");
  const license = read("LICENSE");
  expect(license.split("\n").slice(0, 3)).toEqual([
    "MIT License",
    "",
    "Copyright (c) 2026 The mlops-bot authors",
  ]);
  expect(license).toContain("Permission is hereby granted, free of charge, to any person");
  expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
});

function sources(dir: string, ext: string): string[] {
  return readdirSync(new URL(dir, root), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(ext))
    .map((name) => readFileSync(new URL(join(dir, name), root), "utf8"));
}
