import { createHash } from "node:crypto";
import { notFound } from "../http/http-error.js";
import type { RestContext, Route } from "../http/route-types.js";
import type { RepoRecord } from "../store/records.js";
import { requireRepo } from "./lookup.js";

/** Git's blob SHA of a text. */
function blobSha(text: string): string {
  const bytes = Buffer.from(text);
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

function entry(ctx: RestContext, repo: RepoRecord, path: string, type: "file" | "dir") {
  const text = repo.files.get(path) ?? "";
  const base = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}`;
  const url = `${base}/contents/${path}?ref=${repo.defaultBranch}`;
  const html = `${ctx.urls.web}/${repo.owner}/${repo.name}/${type === "file" ? "blob" : "tree"}/${repo.defaultBranch}/${path}`;
  const sha = blobSha(type === "file" ? text : path);
  return {
    type,
    size: type === "file" ? Buffer.byteLength(text) : 0,
    name: path.split("/").at(-1) ?? path,
    path,
    sha,
    url,
    git_url: `${base}/git/${type === "file" ? "blobs" : "trees"}/${sha}`,
    html_url: html,
    download_url:
      type === "file"
        ? `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${repo.defaultBranch}/${path}`
        : null,
    _links: { self: url, git: `${base}/git/blobs/${sha}`, html },
  };
}

/**
 * `GET /repos/{o}/{r}/contents/{path}` as `@probot/octokit-plugin-config` calls it:
 * with `Accept: application/vnd.github.v3.raw` the text itself (`text/plain`), else
 * the JSON object (base64 content) or, for a directory, the JSON listing. 404 when missing.
 */
export const contentRoutes: Route[] = [
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/contents/{path+}",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const path = (req.params.path ?? "").replace(/^\/+|\/+$/g, "");
      const text = repo.files.get(path);
      if (text !== undefined) {
        if ((req.headers.get("accept") ?? "").includes("raw")) {
          return {
            status: 200,
            body: text,
            headers: { "content-type": "text/plain; charset=utf-8" },
          };
        }
        const content = Buffer.from(text)
          .toString("base64")
          .replace(/(.{60})/g, "$1\n");
        return {
          status: 200,
          body: { ...entry(ctx, repo, path, "file"), content, encoding: "base64" },
        };
      }
      const children = new Map<string, "file" | "dir">();
      for (const file of repo.files.keys()) {
        if (!file.startsWith(`${path}/`)) continue;
        const rest = file.slice(path.length + 1);
        const [head, ...tail] = rest.split("/");
        children.set(`${path}/${head}`, tail.length > 0 ? "dir" : "file");
      }
      if (children.size === 0) throw notFound();
      return {
        status: 200,
        body: [...children].map(([child, type]) => entry(ctx, repo, child, type)),
      };
    },
  },
];
