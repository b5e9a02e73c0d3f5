/**
 * The one wrapper around time in hearback. Nothing outside src/time imports
 * `temporal-polyfill` or `date-holidays` directly.
 *
 * Representations:
 * - an instant is a number of epoch milliseconds (cheap to compare and sort);
 * - a calendar day is a `YYYY-MM-DD` string, always read in some IANA zone; inside the
 *   engine it may also be a day number (days since 1970-01-01, see `epochDay`);
 * - a zone is an IANA name ("America/Denver").
 *
 * Daylight saving, written down once:
 * - "24 hours" is elapsed time: `ms + 24 * HOUR_MS`, which is 23 or 25 wall-clock hours on
 *   the days the clocks change. Temporal's `add({ hours: 24 })` agrees.
 * - "the next day at 9:00" is wall-clock time: a calendar day plus a time of day resolved in
 *   the zone. A wall time that does not exist (the skipped hour in spring) moves forward, one
 *   that exists twice (the repeated hour in autumn) takes the earlier instant: Temporal's
 *   "compatible" disambiguation, the same as RFC 5545 calendars use.
 * - Business days are counted on calendar days in the application's zone, never by
 *   adding multiples of 24 hours.
 *
 * Why not Temporal objects everywhere: the engine plans for 100,000 applications in well
 * under a second, and a ZonedDateTime costs microseconds to build. So the hot paths here
 * work on numbers: a zone's UTC offset is looked up in a per-zone cache of the intervals
 * between its transitions (each interval computed once by Temporal, which stays the source
 * of truth), and calendar arithmetic is done on day numbers with `Date.UTC`.
 */
import { Temporal } from "temporal-polyfill";

export { Temporal };

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)(?:\[[^\]]*\])?$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
/** The common shapes, read without Temporal: date, time, optional seconds, fraction, offset. */
const FAST_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([zZ])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/* ------------------------------------------------------------------ zones */

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

/** One stretch of time in which a zone keeps the same UTC offset: [start, end). */
interface OffsetSpan {
  readonly start: number;
  readonly end: number;
  readonly offset: number;
}

interface ZoneCache {
  /** Sorted, non-overlapping spans seen so far. */
  readonly spans: OffsetSpan[];
  last: OffsetSpan | undefined;
}

const zoneCaches = new Map<string, ZoneCache>();

function zoneCache(zone: string): ZoneCache {
  let c = zoneCaches.get(zone);
  if (!c) {
    c = { spans: [], last: undefined };
    zoneCaches.set(zone, c);
  }
  return c;
}

/**
 * The zone's offset from UTC at an instant, in milliseconds (-7 h in Denver in winter is
 * -25_200_000). Throws a RangeError for an unknown zone.
 *
 * @example
 * zoneOffsetMs(Date.UTC(2026, 10, 2, 17), "America/Denver") // -25200000
 */
export function zoneOffsetMs(ms: number, zone: string): number {
  const c = zoneCache(zone);
  const last = c.last;
  if (last !== undefined && ms >= last.start && ms < last.end) return last.offset;
  const spans = c.spans;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (ms < s.start) hi = mid - 1;
    else if (ms >= s.end) lo = mid + 1;
    else {
      c.last = s;
      return s.offset;
    }
  }
  const span = computeSpan(ms, zone);
  spans.splice(lo, 0, span);
  c.last = span;
  return span.offset;
}

function computeSpan(ms: number, zone: string): OffsetSpan {
  const zdt = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
  const offset = zdt.offsetNanoseconds / 1_000_000;
  const prev = zdt.getTimeZoneTransition("previous");
  const next = zdt.getTimeZoneTransition("next");
  return {
    start: prev ? prev.epochMilliseconds : Number.NEGATIVE_INFINITY,
    end: next ? next.epochMilliseconds : Number.POSITIVE_INFINITY,
    offset,
  };
}

/**
 * The instant of a wall-clock time in a zone. `wallMs` is the wall time written as if it
 * were UTC (`Date.UTC(y, m - 1, d, h, min)`). Skipped wall times move forward by the gap and
 * repeated ones take the earlier instant (Temporal's "compatible").
 */
export function wallToInstant(wallMs: number, zone: string): number {
  // Offsets a day either side bracket any single transition near this wall time.
  const before = zoneOffsetMs(wallMs - DAY_MS, zone);
  const after = zoneOffsetMs(wallMs + DAY_MS, zone);
  if (before === after) {
    const guess = wallMs - before;
    if (zoneOffsetMs(guess, zone) === before) return guess;
  }
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyOk = zoneOffsetMs(early, zone) === before;
  const lateOk = zoneOffsetMs(late, zone) === after;
  if (earlyOk && lateOk) return Math.min(early, late); // repeated hour: the earlier one
  if (earlyOk) return early;
  if (lateOk) return late;
  // The wall time falls in a gap (spring forward): read it with the offset from before the
  // gap, which lands the same distance after the gap's end.
  return early;
}

/* ------------------------------------------------------------ calendar days */

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
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const y = Math.floor(total / 12);
  const mo = total - y * 12 + 1;
  const d = Math.min(Number(m[3]), daysInMonth(y, mo));
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** ISO weekday: 1 Monday ... 7 Sunday. */
export function weekday(date: string): number {
  return weekdayOfDay(epochDay(date));
}

/** ISO weekday of a day number: 1 Monday ... 7 Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/* ------------------------------------------------------------ date-times */

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
  const m = FAST_DATE_TIME.exec(s);
  if (m) return readFast(m, zone);
  try {
    // Rarer ISO shapes (a bracketed zone annotation, ...): Temporal decides.
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

function readFast(m: RegExpExecArray, zone: string): number | null {
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  // A leap second (":60") is read as :59, as Temporal does.
  const sec = m[6] === undefined ? 0 : Math.min(Number(m[6]), 59);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  if (h > 23 || mi > 59 || Number(m[6] ?? 0) > 60) return null;
  const frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  const wall = utc(y, mo - 1, d, h, mi, sec, frac);
  if (m[8] !== undefined) return wall;
  if (m[9] !== undefined) {
    const oh = Number(m[10]);
    const om = m[11] === undefined ? 0 : Number(m[11]);
    if (oh > 23 || om > 59) return null;
    const off = (oh * 60 + om) * MINUTE_MS;
    return m[9] === "-" ? wall + off : wall - off;
  }
  if (!isValidZone(zone)) return null;
  return wallToInstant(wall, zone);
}

/** Date.UTC, also right for years 0-99 (which Date.UTC alone reads as 1900-1999). */
function utc(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
): number {
  if (y >= 100) return Date.UTC(y, mo, d, h, mi, s, ms);
  const t = new Date(Date.UTC(2000, mo, d, h, mi, s, ms));
  t.setUTCFullYear(y);
  return t.getTime();
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

/** The day number (see `epochDay`) an instant falls on in a zone. */
export function dayInZone(ms: number, zone: string): number {
  return Math.floor((ms + zoneOffsetMs(ms, zone)) / DAY_MS);
}

/** The calendar day an instant falls on in a zone. */
export function dateInZone(ms: number, zone: string): string {
  return fromEpochDay(dayInZone(ms, zone));
}

const HH_MM = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Minutes after midnight of a time of day "09:00" (throws on anything else). */
export function minutesOfDay(time: string): number {
  const m = HH_MM.exec(time);
  if (!m) throw new Error(`not a time of day (HH:MM): ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The instant of a wall-clock time, in minutes after midnight, on a day number in a zone. */
export function atWallMinutes(day: number, minutes: number, zone: string): number {
  return wallToInstant(day * DAY_MS + minutes * MINUTE_MS, zone);
}

/** The instant of a wall-clock time ("09:00") on a calendar day in a zone. */
export function atWallTime(date: string, time: string, zone: string): number {
  return atWallMinutes(epochDay(date), minutesOfDay(time), zone);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The wall-clock time ("HH:MM") of an instant in a zone. */
export function wallTime(ms: number, zone: string): string {
  const local = ms + zoneOffsetMs(ms, zone);
  const minutes = Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** ISO 8601 with the zone's offset at that instant: "2026-11-13T09:00:00-07:00". */
export function isoWithOffset(ms: number, zone: string): string {
  const offset = zoneOffsetMs(ms, zone);
  // Whole seconds, as Temporal's toString({ smallestUnit: "second" }) truncates.
  const local = Math.floor((ms + offset) / 1000) * 1000;
  const iso = new Date(local).toISOString();
  const year = iso.length === 24 ? iso.slice(0, 19) : iso.slice(0, iso.length - 5);
  const abs = Math.abs(offset) / MINUTE_MS;
  const sign = offset < 0 ? "-" : "+";
  const offSec = Math.round((Math.abs(offset) % MINUTE_MS) / 1000);
  const tail = offSec ? `:${pad2(offSec)}` : "";
  return `${year}${sign}${pad2(Math.floor(abs / 60))}:${pad2(Math.floor(abs % 60))}${tail}`;
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
  const local = ms + zoneOffsetMs(ms, zone);
  const day = Math.floor(local / DAY_MS);
  const minutes = Math.floor((local - day * DAY_MS) / MINUTE_MS);
  return `${formatDay(fromEpochDay(day), thisYear)}, ${Math.floor(minutes / 60)}:${pad2(minutes % 60)}`;
}

export { type BusinessCalendar, businessCalendar, isValidRegion } from "./business-days.js";
