import type { DemoWorld } from "../demo-world.js";

/** Lifecycle step 2: the release PR, two evaluation runs, the sticky comment and the card. */
export async function playEvaluation(_world: DemoWorld): Promise<void> {}
