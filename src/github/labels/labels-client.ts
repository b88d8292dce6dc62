import type { ProbotOctokit } from "probot";

/** The part of Octokit the label adapters use; Probot's `context.octokit` satisfies it. */
export type LabelsClient = Pick<ProbotOctokit, "paginate"> & {
  rest: {
    issues: Pick<
      ProbotOctokit["rest"]["issues"],
      "listLabelsForRepo" | "createLabel" | "addLabels"
    >;
  };
};

/** A repository, as the label routes name it. */
export interface LabelsRepo {
  owner: string;
  repo: string;
}
