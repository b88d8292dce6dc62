import yauzl, { type Entry, type ZipFile } from "yauzl";
import { formatByteSize as size } from "./format-byte-size.js";

/** How much of an untrusted artifact the app is willing to read. */
export interface ArtifactLimits {
  /** The zip itself (compressed). */
  maxZipBytes: number;
  /** Entries in the zip's central directory. */
  maxEntries: number;
  /** The one file read, uncompressed: counted while inflating, not taken from headers. */
  maxFileBytes: number;
}

const MiB = 1024 * 1024;

/** metrics.json is a few KiB; these leave room for thousands of slices. */
export const defaultArtifactLimits: ArtifactLimits = {
  maxZipBytes: 10 * MiB,
  maxEntries: 1000,
  maxFileBytes: 5 * MiB,
};

/** Why a file could not be read from an artifact zip. */
export type ArtifactFileProblem =
  "too-large" | "too-many-entries" | "no-file" | "bad-zip" | "zip-bomb";

export type ReadArtifactFileResult =
  { ok: true; text: string } | { ok: false; code: ArtifactFileProblem; message: string };

/**
 * Reads one file, by its path inside the archive, from the bytes of an artifact zip, as
 * UTF-8 text. A zip keeps its directory at the end, so it takes the whole (size-checked)
 * archive rather than a stream. Entries are read lazily with yauzl, and only the wanted one
 * is inflated, counting bytes as they come and stopping at the limit: a zip bomb costs at
 * most `maxFileBytes` of memory. Names with `..`, absolute paths or backslashes fail.
 */
export async function readArtifactFile(
  zip: Uint8Array,
  fileName: string,
  limits: ArtifactLimits = defaultArtifactLimits,
): Promise<ReadArtifactFileResult> {
  if (zip.byteLength > limits.maxZipBytes)
    return problem(
      "too-large",
      `the artifact is ${size(zip.byteLength)}; the limit is ${size(limits.maxZipBytes)}`,
    );
  let zipfile: ZipFile;
  try {
    const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
    // Sizes are checked while inflating (readEntry), where a lie is named a zip bomb.
    zipfile = await yauzl.fromBufferPromise(buffer, {
      lazyEntries: true,
      validateEntrySizes: false,
    });
  } catch (error) {
    return problem("bad-zip", `the artifact is not a readable zip: ${(error as Error).message}`);
  }
  if (zipfile.entryCount > limits.maxEntries)
    return problem(
      "too-many-entries",
      `the artifact has ${zipfile.entryCount} files; the limit is ${limits.maxEntries}`,
    );
  const wanted = fileName.replace(/^\.\//, "");
  const seen: string[] = [];
  try {
    for (let entry = await nextEntry(zipfile); entry; entry = await nextEntry(zipfile)) {
      if (entry.fileName === wanted) return await readEntry(zipfile, entry, limits);
      if (!entry.fileName.endsWith("/")) seen.push(entry.fileName);
    }
  } catch (error) {
    const message = (error as Error).message;
    const unsafe = /^(absolute path|invalid relative path|invalid characters in fileName)/.test(
      message,
    );
    return problem(
      "bad-zip",
      unsafe
        ? `the artifact holds an unsafe file name (${message})`
        : `the artifact is not a readable zip: ${message}`,
    );
  } finally {
    zipfile.close();
  }
  const holds =
    seen.length === 0
      ? "it is empty"
      : `it holds ${seen.slice(0, 5).join(", ")}${seen.length > 5 ? ` and ${seen.length - 5} more` : ""}`;
  return problem("no-file", `the artifact has no file ${wanted}; ${holds}`);
}

/** The next entry of a lazily read zip, or null at the end. */
function nextEntry(zipfile: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const done = (fn: () => void) => () => {
      zipfile.off("entry", onEntry).off("end", onEnd).off("error", onError);
      fn();
    };
    const onEntry = (entry: Entry) => done(() => resolve(entry))();
    const onEnd = done(() => resolve(null));
    const onError = (error: Error) => done(() => reject(error))();
    zipfile.on("entry", onEntry).on("end", onEnd).on("error", onError);
    zipfile.readEntry();
  });
}

async function readEntry(
  zipfile: ZipFile,
  entry: Entry,
  limits: ArtifactLimits,
): Promise<ReadArtifactFileResult> {
  if (entry.isEncrypted() || !entry.canDecodeFileData())
    return problem(
      "bad-zip",
      `${entry.fileName} is encrypted or uses an unsupported compression method (${entry.compressionMethod})`,
    );
  if (entry.uncompressedSize > limits.maxFileBytes)
    return problem(
      "too-large",
      `${entry.fileName} is ${size(entry.uncompressedSize)}; the limit is ${size(limits.maxFileBytes)}`,
    );
  const stream = await zipfile.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      // Headers are the attacker's to write: the declared size (at most maxFileBytes, see
      // above) holds only if the bytes agree. Leaving the loop destroys the inflater.
      if (total > entry.uncompressedSize) return bomb(entry);
      chunks.push(chunk);
    }
  } catch (error) {
    return problem("bad-zip", `${entry.fileName} cannot be unpacked: ${(error as Error).message}`);
  }
  if (total < entry.uncompressedSize)
    return problem(
      "bad-zip",
      `${entry.fileName} ends after ${size(total)} of ${size(entry.uncompressedSize)}`,
    );
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks, total)) };
}

function bomb(entry: Entry): ReadArtifactFileResult {
  return problem(
    "zip-bomb",
    `${entry.fileName} unpacks to more than it declares (${size(entry.uncompressedSize)}); reading stopped there`,
  );
}

function problem(code: ArtifactFileProblem, message: string): ReadArtifactFileResult {
  return { ok: false, code, message };
}
