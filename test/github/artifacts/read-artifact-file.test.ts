import { createDeflateRaw, crc32 } from "node:zlib";
import { describe, expect, test } from "vitest";
import {
  readArtifactFile,
  type ArtifactLimits,
} from "../../../src/github/artifacts/read-artifact-file.js";
import { buildZip } from "./build-zip.js";

const metrics = Buffer.from(JSON.stringify({ model: "m", metrics: { accuracy: 0.9 } }));
const MiB = 1024 * 1024;

/** 100 MiB of zeros deflated in a stream (~100 KiB), so the test itself stays small. */
async function deflatedZeros(mebibytes: number) {
  const zeros = Buffer.alloc(MiB);
  const deflate = createDeflateRaw();
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let crc = 0;
  for (let i = 0; i < mebibytes; i++) {
    crc = crc32(zeros, crc);
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { bytes: Buffer.concat(out), uncompressedSize: mebibytes * MiB, crc };
}

describe("readArtifactFile", () => {
  test("reads the named file among others, as upload-artifact writes it", async () => {
    const zip = buildZip([
      { name: "logs/" },
      { name: "logs/train.log", data: Buffer.from("epoch 1") },
      { name: "metrics.json", data: metrics },
    ]);
    expect(await readArtifactFile(zip, "metrics.json")).toEqual({
      ok: true,
      text: metrics.toString(),
    });
    expect(await readArtifactFile(zip, "./logs/train.log")).toEqual({ ok: true, text: "epoch 1" });
  });

  test("reads a stored (uncompressed) file", async () => {
    const zip = buildZip([{ name: "metrics.json", data: metrics, stored: true }]);
    expect(await readArtifactFile(zip, "metrics.json")).toEqual({
      ok: true,
      text: metrics.toString(),
    });
  });

  test("a missing file names what the artifact holds", async () => {
    const zip = buildZip([
      { name: "out/metrics.json", data: metrics },
      ...["a", "b", "c", "d", "e", "f"].map((name) => ({ name, data: Buffer.from(name) })),
    ]);
    expect(await readArtifactFile(zip, "metrics.json")).toEqual({
      ok: false,
      code: "no-file",
      message:
        "the artifact has no file metrics.json; it holds out/metrics.json, a, b, c, d and 2 more",
    });
    expect(await readArtifactFile(buildZip([]), "metrics.json")).toMatchObject({
      code: "no-file",
      message: "the artifact has no file metrics.json; it is empty",
    });
  });

  test.each([
    ["../metrics.json"],
    ["/etc/passwd"],
    ["a/../../metrics.json"],
    ["..\\metrics.json"],
    ["C:/x"],
  ])("a traversal name %s fails the whole archive", async (name) => {
    const zip = buildZip([
      { name, data: metrics },
      { name: "metrics.json", data: metrics },
    ]);
    const result = await readArtifactFile(zip, "metrics.json");
    expect(result).toMatchObject({ ok: false, code: "bad-zip" });
    expect(!result.ok && result.message).toMatch(/^the artifact holds an unsafe file name/);
  });

  test("bytes that are not a zip", async () => {
    const result = await readArtifactFile(Buffer.from("PK but not really"), "metrics.json");
    expect(result).toMatchObject({ ok: false, code: "bad-zip" });
  });

  test("corrupt deflate data", async () => {
    const zip = buildZip([
      {
        name: "metrics.json",
        deflated: { bytes: Buffer.from([0xff, 0xff, 0xff]), uncompressedSize: 10, crc: 0 },
      },
    ]);
    expect(await readArtifactFile(zip, "metrics.json")).toMatchObject({
      ok: false,
      code: "bad-zip",
    });
  });

  test("limits: archive size, entry count, declared file size", async () => {
    const limits: ArtifactLimits = { maxZipBytes: 10_000, maxEntries: 3, maxFileBytes: 100 };
    expect(await readArtifactFile(Buffer.alloc(10_001), "metrics.json", limits)).toEqual({
      ok: false,
      code: "too-large",
      message: "the artifact is 9.8 KiB; the limit is 9.8 KiB",
    });
    const many = buildZip(["a", "b", "c", "metrics.json"].map((name) => ({ name, data: metrics })));
    expect(await readArtifactFile(many, "metrics.json", limits)).toEqual({
      ok: false,
      code: "too-many-entries",
      message: "the artifact has 4 files; the limit is 3",
    });
    const big = buildZip([{ name: "metrics.json", data: Buffer.alloc(101, 32) }]);
    expect(await readArtifactFile(big, "metrics.json", limits)).toEqual({
      ok: false,
      code: "too-large",
      message: "metrics.json is 101 bytes; the limit is 100 bytes",
    });
  });

  test("a zip bomb (100 MiB of zeros declared as 1 KiB) stops early, in little memory", async () => {
    const bomb = await deflatedZeros(100);
    expect(bomb.bytes.length).toBeLessThan(MiB);
    const zip = buildZip([{ name: "metrics.json", deflated: bomb, declaredSize: 1024 }]);
    const before = process.memoryUsage();
    const started = performance.now();
    const result = await readArtifactFile(zip, "metrics.json");
    const after = process.memoryUsage();
    expect(result).toEqual({
      ok: false,
      code: "zip-bomb",
      message: "metrics.json unpacks to more than it declares (1.0 KiB); reading stopped there",
    });
    // Inflating all of it takes ~0.3 s and 100 MiB: neither happens.
    expect(performance.now() - started).toBeLessThan(200);
    expect(
      after.arrayBuffers + after.heapUsed - before.arrayBuffers - before.heapUsed,
    ).toBeLessThan(20 * MiB);
  });

  test("a bomb that declares its size honestly is too large before any inflating", async () => {
    const zip = buildZip([{ name: "metrics.json", deflated: await deflatedZeros(100) }]);
    expect(await readArtifactFile(zip, "metrics.json")).toEqual({
      ok: false,
      code: "too-large",
      message: "metrics.json is 100.0 MiB; the limit is 5.0 MiB",
    });
  });

  test("a lie just under the limit is caught by counting, at the declared size", async () => {
    const limits = { maxZipBytes: MiB, maxEntries: 10, maxFileBytes: 3 * MiB };
    const zip = buildZip([
      { name: "metrics.json", deflated: await deflatedZeros(8), declaredSize: 3 * MiB },
    ]);
    expect(await readArtifactFile(zip, "metrics.json", limits)).toEqual({
      ok: false,
      code: "zip-bomb",
      message: "metrics.json unpacks to more than it declares (3.0 MiB); reading stopped there",
    });
  });

  test("a stored file longer than declared, and data that ends early", async () => {
    const stored = buildZip([
      { name: "metrics.json", data: metrics, stored: true, declaredSize: 10 },
    ]);
    expect(await readArtifactFile(stored, "metrics.json")).toMatchObject({
      ok: false,
      code: "zip-bomb",
    });
    const short = buildZip([
      { name: "metrics.json", data: metrics, declaredSize: metrics.length + 5 },
    ]);
    expect(await readArtifactFile(short, "metrics.json")).toEqual({
      ok: false,
      code: "bad-zip",
      message: `metrics.json ends after ${metrics.length} bytes of ${metrics.length + 5} bytes`,
    });
  });

  test("an encrypted entry is not read", async () => {
    const zip = buildZip([{ name: "metrics.json", data: metrics }]);
    // General purpose flag bit 0 (encrypted) in the central directory header.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(zip.readUInt16LE(central + 8) | 1, central + 8);
    expect(await readArtifactFile(zip, "metrics.json")).toEqual({
      ok: false,
      code: "bad-zip",
      message: "metrics.json is encrypted or uses an unsupported compression method (8)",
    });
  });
});
