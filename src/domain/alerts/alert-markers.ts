import { encodeMarkerJson } from "../markers/encode-marker-json.js";
/**
 * The hidden HTML comments that let the app find its incident, retraining issue and
 * comments again: GitHub does not show them, and a redelivery or a second replica reads
 * them back instead of keeping state.
 */
export const alertMarkers = {
  /** In the incident's body: which model and kind it is for. */
  incident: (model: string, kind: string) =>
    `<!-- mlops-bot:incident ${encodeMarkerJson({ model, kind })} -->`,
  /** In the body or comment an alert delivery wrote (`X-GitHub-Delivery`): acted on once. */
  delivery: (deliveryId: string) =>
    `<!-- mlops-bot:alert-delivery ${encodeMarkerJson(deliveryId)} -->`,
  /** In a retraining issue's body: the incident it was opened for. */
  retrainingFor: (incident: number) => `<!-- mlops-bot:retraining-for #${incident} -->`,
  /** The incident's comment that links its retraining issue `#retraining`. */
  retrainingLink: (retraining: number) => `${retrainingLinkPrefix}#${retraining} -->`,
  /** The incident's comment about the automatic rollback of one alert delivery (done, refused or failed). */
  rollback: (deliveryId: string) =>
    `<!-- mlops-bot:alert-rollback ${encodeMarkerJson(deliveryId)} -->`,
} as const;

/** What every retraining-link marker starts with: finds the link whatever its number. */
export const retrainingLinkPrefix = "<!-- mlops-bot:incident-retraining ";

/** The retraining issue a link comment names, or null when the text has no link marker. */
export function readRetrainingLink(body: string): number | null {
  const number = /<!-- mlops-bot:incident-retraining #(\d+) -->/.exec(body)?.[1];
  return number === undefined ? null : Number(number);
}
