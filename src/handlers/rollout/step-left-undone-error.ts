/** What was left undone after a rollout step's deployment was created. */
export type UndoneWork = "status" | "inactive" | "card" | "reply";

/** The deployment that exists, as the error reply names it. */
export interface CreatedStep {
  deploymentId: number;
  environment: string;
  model: string;
  version: string;
  /** Percent of traffic the step moves `version` to; 0 for a rollback. */
  rollout: number;
}

/**
 * A GitHub error after a step's deployment was created: the deployment exists (GitHub has sent
 * it to the deploy workflow, so traffic may already be moving), and `undone` lists what the app
 * had still to do. The command's reply says both, instead of "nothing was done".
 */
export class StepLeftUndoneError extends Error {
  constructor(
    readonly step: CreatedStep,
    readonly undone: readonly UndoneWork[],
    options: { cause: unknown },
  ) {
    super(
      `deployment ${step.deploymentId} exists; left undone: ${undone.join(", ")}: ${String(
        options.cause instanceof Error ? options.cause.message : options.cause,
      )}`,
      options,
    );
    this.name = "StepLeftUndoneError";
  }

  /** The HTTP status GitHub answered with, when the cause was a request error. */
  get status(): number | null {
    const status = (this.cause as { status?: unknown } | null)?.status;
    return typeof status === "number" ? status : null;
  }
}

/**
 * Runs one part of the work that follows a created step and returns what it returns; a failure
 * throws `StepLeftUndoneError` naming `part` and the `later` parts (a part that throws one
 * itself, from a nested step, gets `later` added).
 */
export async function runPart<T>(
  step: CreatedStep,
  part: UndoneWork,
  run: () => Promise<T>,
  later: readonly UndoneWork[] = [],
): Promise<T> {
  try {
    return await leavingUndone(later, run);
  } catch (error) {
    if (error instanceof StepLeftUndoneError) throw error;
    throw new StepLeftUndoneError(step, [part, ...later], { cause: error });
  }
}

/**
 * Runs the work that follows a created step, in order (`runPart` for each). A part given as null
 * has nothing to do and is skipped.
 */
export async function finishStep(
  step: CreatedStep,
  parts: ReadonlyArray<readonly [UndoneWork, (() => Promise<unknown>) | null]>,
): Promise<void> {
  const todo = parts.flatMap(([name, run]) => (run ? [{ name, run }] : []));
  for (const [index, { name, run }] of todo.entries()) {
    const later = todo.slice(index + 1).map((part) => part.name);
    await runPart(step, name, run, later);
  }
}

/**
 * Runs `run` (work that may create a step and throw `StepLeftUndoneError`) and adds `later`, the
 * parts the caller still had to do after it, to such an error.
 */
export async function leavingUndone<T>(
  later: readonly UndoneWork[],
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof StepLeftUndoneError)) throw error;
    throw new StepLeftUndoneError(error.step, [...error.undone, ...later], { cause: error.cause });
  }
}
