import type { Probot } from "probot";

/** Who the app is on GitHub: its bot login and its app id, asked once. */
export interface AppIdentity {
  /** `<slug>[bot]`: marks the deployments and comments the app made. */
  login: () => Promise<string>;
  /** The app id: only the check runs this app wrote count as gates (`app_id` filter). */
  id: () => Promise<number>;
}

/**
 * The app's identity from one `GET /app` (with the app's JWT) per app instance, kept for
 * the life of the process: neither the slug nor the id changes while the app runs. A
 * failed lookup is not kept, so the next webhook asks again.
 */
export function createAppIdentity(app: Pick<Probot, "auth">): AppIdentity {
  let lookup: Promise<{ login: string; id: number | undefined }> | undefined;
  const ask = () => {
    lookup ??= app
      .auth()
      .then((octokit) => octokit.rest.apps.getAuthenticated())
      .then(({ data }) => ({
        login: `${data?.slug ?? "mlops-bot"}[bot]`,
        id: typeof data?.id === "number" ? data.id : undefined,
      }))
      .catch((error: unknown) => {
        lookup = undefined;
        throw error;
      });
    return lookup;
  };
  return {
    login: async () => (await ask()).login,
    id: async () => {
      const { id } = await ask();
      // Without an id the gates cannot tell our check runs from anyone's: fail, never guess.
      if (id === undefined) throw new Error("GET /app answered without the app id");
      return id;
    },
  };
}
