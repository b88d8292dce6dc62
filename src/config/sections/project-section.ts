import * as z from "zod";
import { closedObject, positiveInteger, section, text } from "../schema-helpers.js";

/** GitHub's rule for user and organization logins. */
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;

/**
 * `project`: the GitHub Projects (v2) board the cards go on. With neither `number` nor
 * `title`, the board is the owner's project titled `MLOps`, created when missing.
 */
export const projectSection = section(
  closedObject({
    /**
     * The login of the organization (or user) that owns the board. Default: the
     * repository owner (no static default, so it stays unset in the parsed config).
     * An installation token cannot reach a board owned by a user: use an organization.
     * Another organization's board is reached only through the app's installation on that
     * organization, with the permission Organization projects: Read and write; without
     * it the cards stay off the board and a notice says so.
     */
    owner: z
      .string({ error: "expected a GitHub organization or user login" })
      .regex(LOGIN)
      .optional(),
    /**
     * The number of an existing project (the `7` of `…/orgs/acme/projects/7`). When
     * given, it picks the board and `title` is not used to find one. Default: none.
     */
    number: positiveInteger().optional(),
    /** The title to find the board by, creating the project when missing. Default: `MLOps`. */
    title: text().default("MLOps"),
    /**
     * The number of a project to copy (with its views and fields) when the board has to
     * be created. Default: none (a new empty project).
     */
    template: positiveInteger().optional(),
  }),
);
