/** An ISO instant as people read it in a reply: `2026-11-02 15:05 UTC` (seconds when not zero). */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = date
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d{3}Z$/, "");
  return `${text.replace(/:00$/, "")} UTC`;
}
