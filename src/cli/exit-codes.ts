/**
 * The CLI's exit codes, as linters use them: 1 means "judged, and it failed" (a CI step
 * fails on it), 2 means nothing was judged (a usage error, a file that cannot be used).
 */
export const EXIT = {
  ok: 0,
  gateFailed: 1,
  cannotJudge: 2,
} as const;
