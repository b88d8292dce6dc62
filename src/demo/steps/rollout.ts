import type { DemoWorld } from "../demo-world.js";

/** Lifecycle steps 4 and 6: /promote 5 → 25 → 100 %, a rollback, /status and /mlops live --at. */
export async function playRollout(_world: DemoWorld): Promise<void> {}
