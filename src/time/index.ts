/**
 * The one wrapper around time in hearback. Nothing outside src/time imports
 * `temporal-polyfill` or `date-holidays` directly.
 *
 * Representations:
 * - an instant is a number of epoch milliseconds (cheap to compare and sort);
 * - a calendar day is a `YYYY-MM-DD` string, always read in some IANA zone;
 * - a zone is an IANA name ("America/Denver").
 *
 * Daylight saving, written down once:
 * - "24 hours" is elapsed time: `ms + 24 * HOUR_MS`, which is 23 or 25 wall-clock hours on
 *   the days the clocks change. Temporal's `add({ hours: 24 })` agrees.
 * - "the next day at 9:00" is wall-clock time: a PlainDate plus a PlainTime resolved in the
 *   zone. A wall time that does not exist (the skipped hour in spring) moves forward, one
 *   that exists twice (the repeated hour in autumn) takes the earlier instant: Temporal's
 *   "compatible" disambiguation, the same as RFC 5545 calendars use.
 * - Business days are counted on calendar days in the application's zone, never by
 *   adding multiples of 24 hours.
 */
import { Temporal } from "temporal-polyfill";

export { Temporal };

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)(?:\[[^\]]*\])?$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;

const zoneValidity = new Map<string, boolean>();

/** True when `zone` is an IANA time zone this runtime knows. */
export function isValidZone(zone: string): boolean {
  let ok = zoneValidity.get(zone);
  if (ok === undefined) {
    try {
      // Temporal accepts exactly the IANA names (and fixed offsets) the runtime knows.
      Temporal.PlainDate.from("2000-01-01").toZonedDateTime(zone);
      ok = zone.length > 0 && !/^[+-]/.test(zone);
    } catch {
      ok = false;
    }
    zoneValidity.set(zone, ok);
  }
  return ok;
}

/** True when `s` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads an ISO 8601 date-time as an instant. With an offset or `Z` it is that instant;
 * without one it is a wall-clock time in `zone`. Returns `null` when it is not a date-time.
 *
 * @example
 * parseDateTime("2026-11-02T10:00", "America/Denver") // 1793638800000 (17:00Z)
 * parseDateTime("2026-11-02T10:00:00Z", "Asia/Kolkata") // 1793613600000
 */
export function parseDateTime(at: string, zone: string): number | null {
  if (typeof at !== "string") return null;
  const s = at.trim();
  try {
    if (HAS_OFFSET.test(s) && s.length > 10) {
      return Temporal.Instant.from(s).epochMilliseconds;
    }
    if (LOCAL_DATE_TIME.test(s)) {
      return Temporal.PlainDateTime.from(s.replace(" ", "T")).toZonedDateTime(zone, {
        disambiguation: "compatible",
      }).epochMilliseconds;
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * Reads a date or a date-time (as `decisionBy` may be either). A date is returned as is;
 * a date-time gives the calendar day it falls on in `zone`.
 */
export function parseDateOrDateTime(
  s: string,
  zone: string,
): { readonly date: string; readonly ms: number | null } | null {
  if (isIsoDate(s)) return { date: s, ms: null };
  const ms = parseDateTime(s, zone);
  if (ms === null) return null;
  return { date: dateInZone(ms, zone), ms };
}

/** The calendar day an instant falls on in a zone. */
export function dateInZone(ms: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms)
    .toZonedDateTimeISO(zone)
    .toPlainDate()
    .toString();
}

/** The instant of a wall-clock time ("09:00") on a calendar day in a zone. */
export function atWallTime(date: string, time: string, zone: string): number {
  return Temporal.PlainDate.from(date).toZonedDateTime({
    timeZone: zone,
    plainTime: Temporal.PlainTime.from(time),
  }).epochMilliseconds;
}

/** The wall-clock time ("HH:MM") of an instant in a zone. */
export function wallTime(ms: number, zone: string): string {
  const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
  return `${String(z.hour).padStart(2, "0")}:${String(z.minute).padStart(2, "0")}`;
}

/** ISO 8601 with the zone's offset at that instant: "2026-11-13T09:00:00-07:00". */
export function isoWithOffset(ms: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms)
    .toZonedDateTimeISO(zone)
    .toString({ timeZoneName: "never", smallestUnit: "second" });
}

/** Days from 1970-01-01 to a calendar day (a day number, for cheap arithmetic). */
export function epochDay(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The calendar day of a day number. */
export function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A calendar day plus some days (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromEpochDay(epochDay(date) + days);
}

/** A calendar day plus some months, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  return Temporal.PlainDate.from(date).add({ months }).toString();
}

/** ISO weekday: 1 Monday ... 7 Sunday. */
export function weekday(date: string): number {
  const d = new Date(epochDay(date) * DAY_MS).getUTCDay();
  return d === 0 ? 7 : d;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Fri 13 Nov" (with the year when it is not `thisYear`). */
export function formatDay(date: string, thisYear?: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const base = `${WEEKDAYS[weekday(date) - 1]} ${d} ${MONTHS[m - 1]}`;
  return thisYear === undefined || thisYear === y ? base : `${base} ${y}`;
}

/** "Fri 13 Nov, 9:00" in the given zone (with the year when it is not `thisYear`). */
export function formatDateTime(ms: number, zone: string, thisYear?: number): string {
  const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
  return `${formatDay(z.toPlainDate().toString(), thisYear)}, ${z.hour}:${String(z.minute).padStart(2, "0")}`;
}

export { type BusinessCalendar, businessCalendar, isValidRegion } from "./business-days.js";
