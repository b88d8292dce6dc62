import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { readCappedBody } from "../../../src/github/artifacts/read-capped-body.js";

const bytes = new Uint8Array([1, 2, 3, 4]);

/** A web stream that counts how much of it was pulled, like a download. */
function countingStream(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(size));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe("readCappedBody", () => {
  test.each([
    ["an ArrayBuffer", bytes.buffer.slice(0)],
    ["a Buffer", Buffer.from(bytes)],
    ["a Node stream", Readable.from([Buffer.from([1, 2]), Buffer.from([3, 4])])],
    ["a web stream", new Blob([bytes]).stream()],
  ])("%s within the cap", async (_name, body) => {
    expect(Buffer.from((await readCappedBody(body, 4)) ?? [])).toEqual(Buffer.from(bytes));
  });

  test.each([
    ["an ArrayBuffer", bytes.buffer.slice(0)],
    ["a Buffer", Buffer.from(bytes)],
  ])("%s over the cap", async (_name, body) => {
    expect(await readCappedBody(body, 3)).toBeNull();
  });

  test("a download over the cap stops being read, and is cancelled", async () => {
    const { stream, state } = countingStream(1000, 1024);
    expect(await readCappedBody(stream, 10 * 1024)).toBeNull();
    expect(state.pulled).toBeLessThan(20);
    expect(state.cancelled).toBe(true);
  });

  test("anything else is a programming error", async () => {
    await expect(readCappedBody("text", 10)).rejects.toThrow(
      "unexpected artifact download body: string",
    );
  });
});
