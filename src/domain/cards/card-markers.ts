import { encodeMarkerJson } from "../markers/encode-marker-json.js";
import { z } from "zod";
import type { CardKind } from "./card-types.js";

/**
 * The hidden HTML comments of a card. GitHub does not show them, so they can carry what
 * the app reads back without the person seeing machine text in the rendered issue.
 */
export const cardMarkers = {
  /** First line of every card: the rewrite happens once (see planCard). */
  card: (kind: CardKind) => `<!-- mlops-bot:card ${kind} v1 -->`,
  /** Opens one answer; the label is JSON so any label survives (see encodeLabel). */
  answerStart: (label: string) => `<!-- mlops-bot:answer ${encodeMarkerJson(label)} -->`,
  answerEnd: "<!-- mlops-bot:answer-end -->",
  regionStart: (region: CardRegion) => `<!-- mlops-bot:${region}:start -->`,
  regionEnd: (region: CardRegion) => `<!-- mlops-bot:${region}:end -->`,
} as const;

/** The parts of a card the app rewrites later: evaluation results and rollout boxes. */
export type CardRegion = "results" | "rollout";

const cardPattern = /^<!-- mlops-bot:card (experiment|deployment) v\d+ -->$/m;
const answerStartPattern = /^<!-- mlops-bot:answer (".*") -->$/;

/** The kind named by the card marker anywhere in the body, or null when it has none. */
export function findCardKind(body: string): CardKind | null {
  const kind = cardPattern.exec(body)?.[1];
  return kind === "experiment" || kind === "deployment" ? kind : null;
}

/** The label of an answer-start marker line, or null when the line is not one. */
export function parseAnswerStart(line: string): string | null {
  const json = answerStartPattern.exec(line.trim())?.[1];
  if (json === undefined) return null;
  try {
    const label = z.string().safeParse(JSON.parse(json));
    return label.success ? label.data : null;
  } catch {
    return null;
  }
}
