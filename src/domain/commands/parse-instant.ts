import type { CommandInstant } from "./command.js";

// Date, then optionally a time (T or a space) with optional seconds/fraction and zone.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads the `--at` value of `/mlops live`: ISO 8601 with a zone (`2026-10-01T14:00Z`,
 * `2026-10-01T14:00:00+02:00`), or without one (`2026-10-01 14:00`, `2026-10-01` = midnight),
 * which is taken as UTC and flagged so the reply can say so. Returns null for anything else,
 * including impossible dates (`2026-02-30`): `Date` would silently roll those over.
 */
export function parseInstant(text: string): CommandInstant | null {
  const match = INSTANT.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "0", zone] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = fields;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  const offset = zone === undefined ? 0 : offsetMinutes(zone);
  if (offset === null) return null;
  const millis = Math.floor(Number(`0.${fraction}`) * 1000);
  const utc = utcTime(y, mo - 1, d, h, mi, s, millis) - offset * 60_000;
  return { iso: new Date(utc).toISOString(), assumedUtc: zone === undefined };
}

/**
 * `Date.UTC` without its two-digit-year trap: it reads years 0–99 as 1900–1999, so
 * `0099-06-01` would become 1999. `setUTCFullYear` takes the year as given.
 */
function utcTime(
  ...[year, month, day, hour, minute, second, millis]: [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, millis);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month, 0, 0, 0, 0, 0)).getUTCDate();
}

function offsetMinutes(zone: string): number | null {
  if (zone.toUpperCase() === "Z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) return null;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}
