import { expect, test } from "vitest";
import { createLabelPacer } from "../../../src/handlers/labels/create-label-pacer.js";

/** A fake clock whose sleep moves time on and records each wait. */
function fakeTime() {
  let now = 0;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: (ms: number) => {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
    advance: (ms: number) => (now += ms),
    waits,
  };
}

test("an install on 100 repositories (800 labels) takes at most 340 of the hour's 500 content creates, leaving 160 to the app's other writes", async () => {
  const time = fakeTime();
  const pace = createLabelPacer({ now: time.now, sleep: time.sleep });
  const at: number[] = [];
  for (let i = 0; i < 800; i++) {
    await pace(1);
    at.push(time.now());
  }
  expect(at.slice(0, 40).every((t) => t === 0)).toBe(true);
  expect(time.waits).toHaveLength(760);
  const hour = 3_600_000;
  for (let i = 0; i < at.length; i++) {
    const inWindow = at.filter((t) => t >= (at[i] ?? 0) && t < (at[i] ?? 0) + hour).length;
    expect(inWindow).toBeLessThanOrEqual(340);
  }
  // After the burst of 40: one every 12 s.
  expect(at[41]! - at[40]!).toBe(12_000);
});

test("the bucket refills with time and is kept per installation", async () => {
  const time = fakeTime();
  const pace = createLabelPacer({ burst: 2, refillMs: 1_000, now: time.now, sleep: time.sleep });
  await pace(1);
  await pace(1);
  await pace(2);
  await pace(2);
  expect(time.waits).toEqual([]);
  time.advance(1_000);
  await pace(1);
  expect(time.waits).toEqual([]);
  await pace(1);
  expect(time.waits).toEqual([1_000]);
});

test("concurrent callers queue one slot each instead of sharing one", async () => {
  const time = fakeTime();
  const pace = createLabelPacer({ burst: 1, refillMs: 1_000, now: () => 0, sleep: time.sleep });
  await Promise.all([pace(1), pace(1), pace(1)]);
  expect(time.waits).toEqual([1_000, 2_000]);
});
