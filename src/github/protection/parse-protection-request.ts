import { z } from "zod";

/**
 * The parts of `deployment_protection_rule.requested` the app uses, as `@octokit/openapi`'s
 * `x-webhooks` (`deployment-protection-rule-requested`) describes them. The schema marks every
 * field optional; without these the request cannot be answered.
 */
const requestSchema = z.object({
  action: z.literal("requested"),
  environment: z.string().min(1),
  sha: z.string().regex(/^[0-9a-f]{40}$/i),
  deployment_callback_url: z.url(),
  repository: z.object({ name: z.string(), owner: z.object({ login: z.string() }) }),
});

/** A deploy job waiting for the app's answer. */
export interface ProtectionRequest {
  owner: string;
  repo: string;
  environment: string;
  sha: string;
  /** The waiting workflow run: the payload names it only inside `deployment_callback_url`. */
  runId: number;
}

/** The result of reading a payload: the request, or why it cannot be answered. */
export type ParsedProtectionRequest =
  { ok: true; request: ProtectionRequest } | { ok: false; problem: string };

/** Validates a `deployment_protection_rule` payload and finds the run to answer. */
export function parseProtectionRequest(payload: unknown): ParsedProtectionRequest {
  const parsed = requestSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, problem: z.prettifyError(parsed.error) };
  const { data } = parsed;
  const runId = /\/actions\/runs\/(\d+)\/deployment_protection_rule\/?$/.exec(
    new URL(data.deployment_callback_url).pathname,
  )?.[1];
  if (runId === undefined)
    return { ok: false, problem: `no run id in ${data.deployment_callback_url}` };
  return {
    ok: true,
    request: {
      owner: data.repository.owner.login,
      repo: data.repository.name,
      environment: data.environment,
      sha: data.sha,
      runId: Number(runId),
    },
  };
}
