import { z } from "zod";
import { formatByteSize } from "./format-byte-size.js";
import { readCappedBody } from "./read-capped-body.js";
import { defaultArtifactLimits } from "./read-artifact-file.js";

/** The two Actions endpoints used; `context.octokit.rest.actions` satisfies it. */
export interface ArtifactsApi {
  listWorkflowRunArtifacts(params: {
    owner: string;
    repo: string;
    run_id: number;
    name?: string;
    per_page?: number;
  }): Promise<{ data: unknown }>;
  downloadArtifact(params: {
    owner: string;
    repo: string;
    artifact_id: number;
    archive_format: string;
    request?: { parseSuccessResponseBody?: boolean };
  }): Promise<{ data: unknown }>;
}

const artifactList = z.object({
  artifacts: z.array(
    z.object({ id: z.number(), name: z.string(), size_in_bytes: z.number(), expired: z.boolean() }),
  ),
});

/** The artifact's zip, or why there is none to read. Other API errors are thrown. */
export type DownloadArtifactResult =
  | { ok: true; artifact: { id: number; name: string }; zip: Uint8Array }
  | { ok: false; code: "no-artifact" | "artifact-expired" | "too-large"; message: string };

/**
 * Downloads the artifact `name` of a workflow run as zip bytes, at most `maxBytes` of them.
 * The listing is filtered by name (the API matches it exactly), so one page holds it; with
 * several of that name (upload-artifact v3 allowed it) the newest unexpired one wins.
 */
export async function downloadArtifact(
  api: ArtifactsApi,
  input: { owner: string; repo: string; runId: number; name: string; maxBytes?: number },
): Promise<DownloadArtifactResult> {
  const { owner, repo, name } = input;
  const listed = await api.listWorkflowRunArtifacts({
    owner,
    repo,
    run_id: input.runId,
    name,
    per_page: 100,
  });
  const named = artifactList.parse(listed.data).artifacts.filter((a) => a.name === name);
  const artifact = newestUsable(named);
  if (!artifact)
    return {
      ok: false,
      code: "no-artifact",
      message: `the run uploaded no artifact named ${name}`,
    };
  return downloadListedArtifact(api, { owner, repo, artifact }, input.maxBytes);
}

/** An artifact as the run's listing gives it. */
export type ListedArtifact = z.infer<typeof artifactList>["artifacts"][number];

/**
 * The run's artifacts whose name is `base` or `base-<anything>` (one model each, e.g.
 * `mlops-metrics-ranker`): metadata only, nothing downloaded. One per name, the newest
 * unexpired one (else an expired one, to say so). One page of 100: a run uploads few.
 */
export async function listMetricsArtifacts(
  api: ArtifactsApi,
  run: { owner: string; repo: string; runId: number },
  base: string,
): Promise<ListedArtifact[]> {
  const listed = await api.listWorkflowRunArtifacts({
    owner: run.owner,
    repo: run.repo,
    run_id: run.runId,
    per_page: 100,
  });
  const matching = artifactList
    .parse(listed.data)
    .artifacts.filter((a) => a.name === base || a.name.startsWith(`${base}-`));
  const names = [...new Set(matching.map((a) => a.name))].sort();
  return names.flatMap((n) => {
    const artifact = newestUsable(matching.filter((a) => a.name === n));
    return artifact ? [artifact] : [];
  });
}

/** The newest unexpired artifact, else the newest expired one, else none. */
function newestUsable(named: ListedArtifact[]): ListedArtifact | undefined {
  const newest = [...named].sort((a, b) => b.id - a.id);
  return newest.find((a) => !a.expired) ?? newest[0];
}

/**
 * Downloads a listed artifact as zip bytes, at most `maxBytes` of them. GitHub answers with a
 * redirect to a short-lived storage URL, which fetch follows (without our token: it is
 * another origin).
 */
export async function downloadListedArtifact(
  api: ArtifactsApi,
  input: { owner: string; repo: string; artifact: ListedArtifact },
  maxBytes = defaultArtifactLimits.maxZipBytes,
): Promise<DownloadArtifactResult> {
  const { owner, repo, artifact } = input;
  const { name } = artifact;
  if (artifact.expired) return expired(name);
  if (artifact.size_in_bytes > maxBytes) return tooLarge(name, artifact.size_in_bytes, maxBytes);
  let body: unknown;
  try {
    const response = await api.downloadArtifact({
      owner,
      repo,
      artifact_id: artifact.id,
      archive_format: "zip",
      request: { parseSuccessResponseBody: false },
    });
    body = response.data;
  } catch (error) {
    // 410 Gone: expired or deleted between the listing and the download.
    if ((error as { status?: unknown }).status === 410) return expired(name);
    throw error;
  }
  const zip = await readCappedBody(body, maxBytes);
  if (!zip) return tooLarge(name, null, maxBytes);
  return { ok: true, artifact: { id: artifact.id, name: artifact.name }, zip };
}

function expired(name: string): DownloadArtifactResult {
  return {
    ok: false,
    code: "artifact-expired",
    message: `the artifact ${name} has expired and GitHub no longer has it`,
  };
}

function tooLarge(name: string, size: number | null, maxBytes: number): DownloadArtifactResult {
  const is = size === null ? `is over ${formatByteSize(maxBytes)}` : `is ${formatByteSize(size)}`;
  return {
    ok: false,
    code: "too-large",
    message: `the artifact ${name} ${is}; the limit is ${formatByteSize(maxBytes)}`,
  };
}
