import type { ProbotOctokit } from "probot";
import { z } from "zod";
import type { Graphql } from "./graphql-client.js";
import { runGraphql } from "./run-graphql.js";

type Octokit = InstanceType<typeof ProbotOctokit>;

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface BoardOwnerClient {
  graphql: Graphql;
  request: Octokit["request"];
  auth: Octokit["auth"];
}

/** How the board owner's Projects are reached: a client, or why none can be had. */
export type BoardOwnerAccess =
  | { ok: true; gql: Graphql }
  | { ok: false; reason: "not-installed" | "user-owned" | "owner-missing" };

export const BOARD_OWNER_KIND = /* GraphQL */ `
  query BoardOwnerKind($owner: String!) {
    repositoryOwner(login: $owner) {
      __typename
    }
  }
`;

const kindSchema = z.object({
  repositoryOwner: z.object({ __typename: z.string() }).nullable(),
});

/** What `octokit.auth({ type: "installation", factory })` hands the factory (octokit-auth-probot). */
interface FactoryOptions {
  octokit: Octokit;
  octokitOptions: { auth?: Record<string, unknown>; throttle?: { enabled?: boolean } };
}

/**
 * A client for the Projects of `owner`. The repository owner (the default board owner) is
 * reached with the event's own token, at no extra cost. Another organization is reached
 * only through the app's installation there (`GET /orgs/{org}/installation` with the app's
 * JWT, then a token of that installation, made as Probot's `app.auth(installationId)` makes
 * it): the repository's token cannot see that organization's Projects. Not installed there
 * (404): the owner's kind is read with the repository's token, so that a user account
 * still gets the user-owned notice and a misspelt login the not-found one.
 */
export async function reachBoardOwner(
  octokit: BoardOwnerClient,
  owner: string,
  repositoryOwner: string,
): Promise<BoardOwnerAccess> {
  if (owner.toLowerCase() === repositoryOwner.toLowerCase())
    return { ok: true, gql: octokit.graphql };
  let installationId: number;
  try {
    const { data } = await octokit.request("GET /orgs/{org}/installation", { org: owner });
    installationId = data.id;
  } catch (error) {
    if ((error as { status?: unknown }).status !== 404) throw error;
    return { ok: false, reason: await ownerKind(octokit.graphql, owner) };
  }
  const other = (await octokit.auth({
    type: "installation",
    installationId,
    factory: ({ octokit: appOctokit, octokitOptions }: FactoryOptions) => {
      const OctokitClass = appOctokit.constructor as new (options: object) => Octokit;
      return new OctokitClass({
        ...octokitOptions,
        throttle: octokitOptions.throttle?.enabled
          ? { ...octokitOptions.throttle, id: String(installationId) }
          : { enabled: false },
        auth: { ...octokitOptions.auth, installationId },
      });
    },
  })) as Octokit;
  return { ok: true, gql: other.graphql };
}

async function ownerKind(
  gql: Graphql,
  owner: string,
): Promise<"not-installed" | "user-owned" | "owner-missing"> {
  const data = await runGraphql(gql, "reading the board owner", kindSchema, BOARD_OWNER_KIND, {
    owner,
  });
  if (data.repositoryOwner === null) return "owner-missing";
  return data.repositoryOwner.__typename === "Organization" ? "not-installed" : "user-owned";
}
