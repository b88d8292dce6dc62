const KiB = 1024;
const MiB = 1024 * KiB;

/** A size in the unit people use for it: `812 bytes`, `4.2 KiB`, `10.0 MiB`. */
export function formatByteSize(bytes: number): string {
  if (bytes < KiB) return `${bytes} bytes`;
  if (bytes < MiB) return `${(bytes / KiB).toFixed(1)} KiB`;
  return `${(bytes / MiB).toFixed(1)} MiB`;
}
