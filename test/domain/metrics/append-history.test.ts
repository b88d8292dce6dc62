import { expect, test } from "vitest";
import { appendHistory, maxHistoryPoints } from "../../../src/domain/metrics/append-history.js";

test("appends this run's point", () => {
  expect(appendHistory([{ label: "#1", value: 0.9 }], { label: "#2", value: 0.91 })).toEqual([
    { label: "#1", value: 0.9 },
    { label: "#2", value: 0.91 },
  ]);
});

test("the same run again (a redelivery, a re-run) replaces its point", () => {
  const previous = [
    { label: "#1", value: 0.9 },
    { label: "#2", value: 0.91 },
  ];
  expect(appendHistory(previous, { label: "#1", value: 0.95 })).toEqual([
    { label: "#2", value: 0.91 },
    { label: "#1", value: 0.95 },
  ]);
});

test(`keeps the last ${maxHistoryPoints} points`, () => {
  const previous = Array.from({ length: 25 }, (_, i) => ({ label: `#${i}`, value: i }));
  const history = appendHistory(previous, { label: "#25", value: 25 });
  expect(history).toHaveLength(20);
  expect(history[0]).toEqual({ label: "#6", value: 6 });
  expect(history.at(-1)).toEqual({ label: "#25", value: 25 });
});
