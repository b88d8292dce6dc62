import type { ConfigProblem } from "./describe-config-issues.js";

/** The problems a config-error message lists in full; the rest are counted. */
export const MAX_SHOWN_PROBLEMS = 20;

/** A key path or message quoted from the file is cut past this many characters. */
export const MAX_PROBLEM_TEXT = 300;

/** What a message shows of a config error's problems. */
export interface ShownConfigProblems {
  /** "a problem" or "N problems": all of them, shown or not. */
  count: string;
  /** The first problems, each path and message cut to `MAX_PROBLEM_TEXT`. */
  problems: ConfigProblem[];
  /** "1 more problem" / "K more problems" left out, or null when every one is shown. */
  more: string | null;
}

/**
 * The first `max` problems in full and a count of the rest: a file with 10,000 bad entries
 * would otherwise make a reply of a megabyte, which GitHub refuses, and the person would
 * get nothing. The one view every config-error text is rendered from (reply, check runs,
 * the protection-rule answer, the incident's note), each passing its own `max`.
 */
export function showConfigProblems(
  problems: readonly ConfigProblem[],
  max = MAX_SHOWN_PROBLEMS,
): ShownConfigProblems {
  const shown = problems.slice(0, Math.max(0, max)).map((problem) => ({
    path: clip(problem.path),
    message: clip(problem.message),
  }));
  const left = problems.length - shown.length;
  return {
    count: problems.length === 1 ? "a problem" : `${number(problems.length)} problems`,
    problems: shown,
    more: left === 0 ? null : `${number(left)} more ${left === 1 ? "problem" : "problems"}`,
  };
}

function number(value: number): string {
  return value.toLocaleString("en-US");
}

function clip(text: string): string {
  return text.length > MAX_PROBLEM_TEXT ? `${text.slice(0, MAX_PROBLEM_TEXT - 1)}…` : text;
}
