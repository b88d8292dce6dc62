import type { DemoWorld } from "../demo-world.js";

/** Lifecycle step 3: the checklist check failing, boxes ticked, passing. */
export async function playChecklist(_world: DemoWorld): Promise<void> {}
