import type { ProbotOctokit } from "probot";

/** What the contents API holds at a path: a file's text, nothing, or something that is not a file. */
export type RawFile = { kind: "file"; text: string } | { kind: "missing" } | { kind: "not-a-file" };

/**
 * Reads a file of the default branch as text, the way Probot's config plugin does
 * (`GET /repos/{owner}/{repo}/contents/{path}` with the raw media type), so the same
 * requests go out. GitHub answers 404 alike for a missing file, a missing repository and
 * one the installation cannot see: all are `missing`. A directory or a submodule comes
 * back as JSON instead of the raw text. Any other error is thrown (it is not the file's).
 */
export async function readRawFile(
  octokit: Pick<ProbotOctokit, "request">,
  where: { owner: string; repo: string; path: string },
): Promise<RawFile> {
  try {
    const { data, headers } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
      ...where,
      mediaType: { format: "raw" },
    });
    const json = String(headers["content-type"] ?? "").startsWith("application/json");
    if (json || typeof data !== "string") return { kind: "not-a-file" };
    return { kind: "file", text: data };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return { kind: "missing" };
    throw error;
  }
}
