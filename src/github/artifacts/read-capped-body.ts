/**
 * Reads a response body, stopping as soon as it passes `maxBytes`: then it cancels the
 * download and returns null. Takes what Octokit hands back: a web stream with
 * `parseSuccessResponseBody: false`, else an ArrayBuffer, a Buffer or a Node stream.
 */
export async function readCappedBody(body: unknown, maxBytes: number): Promise<Uint8Array | null> {
  if (body instanceof ArrayBuffer) return body.byteLength > maxBytes ? null : new Uint8Array(body);
  if (ArrayBuffer.isView(body))
    return body.byteLength > maxBytes
      ? null
      : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ReadableStream)
    return readChunks(streamChunks(body as ReadableStream<Uint8Array>), maxBytes);
  if (isAsyncIterable(body)) return readChunks(body as AsyncIterable<Uint8Array>, maxBytes);
  throw new TypeError(`unexpected artifact download body: ${typeof body}`);
}

async function readChunks(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    // Leaving the loop early cancels the stream (return() on the iterator).
    if (total > maxBytes) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}

async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

function isAsyncIterable(value: unknown): boolean {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}
