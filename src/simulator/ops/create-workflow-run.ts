import type { SimStore } from "../store/sim-store.js";
import type { WorkflowRunRecord } from "../store/records.js";

/** A run's fields; the simulator adds ids, the run number and the timestamps. */
export type NewWorkflowRun = Omit<
  WorkflowRunRecord,
  "kind" | "id" | "nodeId" | "runNumber" | "createdAt" | "updatedAt"
>;

/**
 * Records a workflow run (with `id` when the caller already holds one). Its run number
 * counts the runs of the same workflow file in the repository, as GitHub numbers them.
 */
export function createWorkflowRun(
  store: SimStore,
  input: NewWorkflowRun,
  id = store.nextId(),
): WorkflowRunRecord {
  const now = store.now();
  const earlier = [...store.workflowRuns.values()].filter(
    (r) => r.repo === input.repo && r.path === input.path,
  );
  const run = store.register<WorkflowRunRecord>({
    ...input,
    kind: "workflow_run",
    id,
    nodeId: store.nodeIdFor("WFR", id),
    runNumber: earlier.length + 1,
    createdAt: now,
    updatedAt: now,
  });
  store.workflowRuns.set(id, run);
  return run;
}
