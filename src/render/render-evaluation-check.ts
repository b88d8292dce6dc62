import { MAX_CHECK_OUTPUT } from "../github/checks/upsert-check-run.js";
import { oneLine, renderCheckOutput } from "./render-metrics-check-output.js";

/** One model's evaluation (or one run not judged) in `mlops/evaluation`. */
export interface EvaluationCheckPart {
  /** The model, or what was not judged (`run #12`). */
  name: string;
  passed: boolean;
  /** Its own output, its summary within `maxBytes` of UTF-8. */
  render: (maxBytes: number) => { title: string; summary: string };
}

/**
 * The output of `mlops/evaluation` (templates/evaluation-check.md): with no part, that there
 * is nothing recorded to judge (templates/evaluation-check-empty.md); with one part, that
 * part's own title and summary; with several, a title counting the failures, one line per
 * model with its verdict, then each model's summary (its table), each within an equal share
 * of GitHub's 65,535 bytes.
 */
export function renderEvaluationCheck(parts: readonly EvaluationCheckPart[]): {
  title: string;
  summary: string;
} {
  if (parts.length === 0) return renderCheckOutput("evaluation-check-empty.md", {});
  if (parts.length === 1 && parts[0]) return parts[0].render(MAX_CHECK_OUTPUT);
  const failed = parts.filter((p) => !p.passed).map((p) => p.name);
  const view = (sections: string[], titles: string[]) => ({
    passed: failed.length === 0,
    count: parts.length,
    failedCount: failed.length,
    titleNames: oneLine(parts.map((p) => p.name).join(", "), 80),
    titleFailed: oneLine(failed.join(", "), 80),
    parts: parts.map((p, i) => ({ name: p.name, passed: p.passed, title: titles[i] ?? "" })),
    sections,
  });
  const titles = parts.map((p) => p.render(MAX_CHECK_OUTPUT).title);
  const frame = renderCheckOutput(
    "evaluation-check.md",
    view(
      parts.map(() => ""),
      titles,
    ),
  );
  // Each section's share, less its separator; the frame is small (one line per model).
  const share = Math.floor((MAX_CHECK_OUTPUT - bytes(frame.summary)) / Math.max(1, parts.length));
  const sections = parts.map((p) => p.render(Math.max(0, share - 16)).summary);
  return renderCheckOutput("evaluation-check.md", view(sections, titles));
}

const bytes = (text: string) => Buffer.byteLength(text, "utf8");
