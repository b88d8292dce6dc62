import type { DemoWorld } from "../demo-world.js";

/** Lifecycle step 5: a drift alert during a rollout at 25 %. */
export async function playAlert(_world: DemoWorld): Promise<void> {}
