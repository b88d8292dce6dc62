import { z } from "zod";
import { encodeMarkerJson } from "../markers/encode-marker-json.js";
import { evaluationProblemCodes } from "./evaluation-problem.js";
import { emptyEvaluationRecord, type EvaluationRecord } from "./evaluation-record.js";

const prefix = "<!-- mlops-bot:evaluation-record ";

const source = {
  run_id: z.number().int().positive(),
  artifact: z.string().nullable(),
  path: z.string(),
  completed_at: z.string().refine((s) => !Number.isNaN(Date.parse(s))),
  label: z.string(),
  url: z.string(),
};

const recordSchema = z.object({
  models: z.record(z.string(), z.object({ ...source, verdict: z.enum(["success", "failure"]) })),
  problems: z.array(
    z.object({ ...source, code: z.enum(evaluationProblemCodes), message: z.string() }),
  ),
});

/** The record as the hidden marker `mlops/evaluation` carries in its `output.text`. */
export function encodeEvaluationRecord(record: EvaluationRecord): string {
  return `${prefix}${encodeMarkerJson(record)} -->`;
}

/**
 * The record read back from a check run's text; empty when there is none or it does not
 * parse (a check written before records existed, or by a config error): the next run starts
 * the record again.
 */
export function decodeEvaluationRecord(text: string | null | undefined): EvaluationRecord {
  const start = text?.indexOf(prefix) ?? -1;
  if (!text || start < 0) return emptyEvaluationRecord;
  const end = text.indexOf(" -->", start + prefix.length);
  if (end < 0) return emptyEvaluationRecord;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(text.slice(start + prefix.length, end)));
    return parsed.success ? parsed.data : emptyEvaluationRecord;
  } catch {
    return emptyEvaluationRecord;
  }
}
