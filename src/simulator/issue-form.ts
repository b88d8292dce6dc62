/**
 * An issue body as GitHub writes it from an issue form: `### <label>`, a blank line, the
 * answer, a blank line. `issueForm({ Model: "fraud-detector", Version: "2.4.0" })`.
 */
export function issueForm(answers: Record<string, string>): string {
  return Object.entries(answers)
    .map(([label, answer]) => `### ${label}\n\n${answer}`)
    .join("\n\n");
}
