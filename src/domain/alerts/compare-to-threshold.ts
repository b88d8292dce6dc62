/** Where the value stands against the threshold, in words: `above`, `below` or `at`. */
export function compareToThreshold(value: number, threshold: number): "above" | "below" | "at" {
  if (value > threshold) return "above";
  if (value < threshold) return "below";
  return "at";
}
