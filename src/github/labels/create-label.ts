import type { LabelsClient, LabelsRepo } from "./labels-client.js";

/** What creating a label came to: made now, or there already (someone else made it first). */
export type CreateLabelOutcome = "created" | "exists";

/**
 * Creates a repository label. A 422 whose error code is `already_exists` means another
 * delivery or a person made it since the listing: that is success, and the existing
 * label is left as it is. Any other error is thrown.
 */
export async function createLabel(
  octokit: LabelsClient,
  repo: LabelsRepo,
  label: { name: string; color: string; description: string },
): Promise<CreateLabelOutcome> {
  try {
    await octokit.rest.issues.createLabel({ ...repo, ...label });
    return "created";
  } catch (error) {
    if (isAlreadyExists(error)) return "exists";
    throw error;
  }
}

function isAlreadyExists(error: unknown): boolean {
  const { status, response } = error as {
    status?: unknown;
    response?: { data?: { errors?: Array<{ code?: unknown }> } };
  };
  return status === 422 && (response?.data?.errors ?? []).some((e) => e.code === "already_exists");
}
