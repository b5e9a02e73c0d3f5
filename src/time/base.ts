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

/**
 * An instant as a Temporal.ZonedDateTime in `zone`, for libraries that take one (the
 * calendar writer); hearback's own code works in epoch milliseconds and strings.
 */
export function zonedDateTime(ms: number, zone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Offsets may carry seconds, as zones had before the 1970s and isoWithOffset writes them.
const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)(?:\[[^\]]*\])?$/;
/**
 * No date-time is longer (with a bracketed zone and calendar); a longer text is not one,
 * and is refused before any regular expression reads it.
 */
const MAX_DATE_TIME_LENGTH = 100;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
/** The common shapes, read without Temporal: date, time, optional seconds, fraction, offset. */
const FAST_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([zZ])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/* ------------------------------------------------------------------ memo */

/**
 * Everything this module remembers between calls, in one place. Each entry only spares
 * recomputing a pure function of its key (a zone's offsets, a day's text): emptying any of
 * them changes no result, and the maps whose keys are open-ended are bounded. The `last...`
 * fields hold the most recent key and its entry, because runs of calls for one
 * application's zone are the common case.
 */
const memo = {
  /** Zone names checked by `isValidZone`, and the last one found valid. */
  zoneValidity: new Map<string, boolean>(),
  lastValidZone: undefined as string | undefined,
  /** Per zone, the spans of one UTC offset met so far (`zoneOffsetMs`). */
  zones: new Map<string, ZoneCache>(),
  lastZone: undefined as string | undefined,
  lastZoneCache: undefined as ZoneCache | undefined,
  /** Day numbers written as `YYYY-MM-DD` (`fromEpochDay`): the engine writes the same few days often. */
  dayStrings: new Map<number, string>(),
  /** Day numbers written as "Fri 13 Nov" (`formatDayNumber`). */
  dayLabels: new Map<number, string>(),
  /** Offsets written as "+05:30" (`isoWithOffset`). */
  offsetStrings: new Map<number, string>(),
  /** Per zone, instants written by `isoWithOffset`, direct-mapped by the minute (see there). */
  isos: new Map<string, IsoCache>(),
  lastIsoZone: undefined as string | undefined,
  lastIsoCache: undefined as IsoCache | undefined,
};

/* ------------------------------------------------------------------ zones */

/** True when `zone` is an IANA time zone this runtime knows. */
export function isValidZone(zone: string): boolean {
  if (zone === memo.lastValidZone) return true;
  let ok = memo.zoneValidity.get(zone);
  if (ok === undefined) {
    try {
      // Temporal accepts exactly the IANA names (and fixed offsets) the runtime knows.
      Temporal.PlainDate.from("2000-01-01").toZonedDateTime(zone);
      ok = zone.length > 0 && !/^[+-]/.test(zone);
    } catch {
      ok = false;
    }
    memo.zoneValidity.set(zone, ok);
  }
  if (ok) memo.lastValidZone = zone;
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

function zoneCache(zone: string): ZoneCache {
  // Runs of calls for one application's zone are the common case.
  if (zone === memo.lastZone) return memo.lastZoneCache!;
  let c = memo.zones.get(zone);
  if (!c) {
    c = { spans: [], last: undefined };
    memo.zones.set(zone, c);
  }
  memo.lastZone = zone;
  memo.lastZoneCache = c;
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

/** How far back a span's start is looked for (see computeSpan). */
const SPAN_LOOKBACK_MS = 366 * DAY_MS;

function computeSpan(ms: number, zone: string): OffsetSpan {
  const offset =
    Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds /
    1_000_000;
  // Transitions are found going forward from a year back: Temporal's search backwards
  // ("previous") walks decades of history in a zone without daylight saving (15 ms for
  // Asia/Kolkata), going forward stops at the first one. With no transition in that year,
  // the span starts a year back, which is all a lookup needs.
  let start = ms - SPAN_LOOKBACK_MS;
  let next = Temporal.Instant.fromEpochMilliseconds(start)
    .toZonedDateTimeISO(zone)
    .getTimeZoneTransition("next");
  while (next && next.epochMilliseconds <= ms) {
    start = next.epochMilliseconds;
    next = next.getTimeZoneTransition("next");
  }
  return {
    start,
    end: next ? next.epochMilliseconds : Number.POSITIVE_INFINITY,
    offset,
  };
}

/**
 * The instant of a wall-clock time in a zone. `wallMs` is the wall time written as if it
 * were UTC (`Date.UTC(y, m - 1, d, h, min)`). Skipped wall times move forward by the gap and
 * repeated ones take the earlier instant (Temporal's "compatible").
 */
function wallToInstant(wallMs: number, zone: string): number {
  // The common case: the span last used has the same offset for two days either side of
  // the guess, so the wall time exists exactly once (what the checks below conclude too).
  const last = zoneCache(zone).last;
  if (last !== undefined) {
    const guess = wallMs - last.offset;
    if (guess - 2 * DAY_MS >= last.start && guess + 2 * DAY_MS < last.end) return guess;
  }
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

/**
 * `s.trim()`, without making a new string when there is nothing to trim (the usual case;
 * trimming every date-time of a large timeline showed in profiles).
 */
export function trimmed(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  // Anything above space at both ends and not a non-ASCII space: nothing to trim.
  return a > 32 && b > 32 && a < 127 && b < 127 ? s : s.trim();
}

/** Two ASCII digits at `i` as a number, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Four ASCII digits at `i` as a number, or -1. */
function digits4(s: string, i: number): number {
  const hi = digits2(s, i);
  const lo = digits2(s, i + 2);
  return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12), without Date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * The day number of the first of each month from 1900 to 2199, each worked out when first
 * read (NaN until then): a large timeline has a million dates in a few months, and a table
 * read spares `daysFromCivil`'s divisions. Index: (year - 1900) * 12 + month - 1.
 */
const MONTHS_FROM = 1900;
const monthStarts = new Float64Array(300 * 12).fill(Number.NaN);

/** The day number of `YYYY-MM-DD` at the start of `s`, or -Infinity when it is not a real day. */
function scanDate(s: string): number {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return Number.NEGATIVE_INFINITY; // "-"
  const y = digits4(s, 0);
  const mo = digits2(s, 5);
  const d = digits2(s, 8);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    return Number.NEGATIVE_INFINITY;
  }
  const k = (y - MONTHS_FROM) * 12 + mo - 1;
  if (k < 0 || k >= monthStarts.length) return daysFromCivil(y, mo, d);
  let first = monthStarts[k]!;
  if (Number.isNaN(first)) {
    first = daysFromCivil(y, mo, 1);
    monthStarts[k] = first;
  }
  return first + d - 1;
}

/** True when `s` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  return s.length === 10 && scanDate(s) !== Number.NEGATIVE_INFINITY;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a calendar day (a day number, for cheap arithmetic). */
export function epochDay(date: string): number {
  const day = date.length === 10 ? scanDate(date) : Number.NEGATIVE_INFINITY;
  if (day === Number.NEGATIVE_INFINITY) {
    // Not a real day, but shaped like one ("2026-02-30"): Date.UTC rolls it over.
    const m = ISO_DATE.exec(date);
    if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
  }
  return day;
}

const MAX_CACHED_DAYS = 200_000;

/** The calendar day of a day number. */
export function fromEpochDay(day: number): string {
  let s = memo.dayStrings.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (memo.dayStrings.size >= MAX_CACHED_DAYS) memo.dayStrings.clear();
    memo.dayStrings.set(day, s);
  }
  return s;
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

/* ------------------------------------------------------- supported range */

/**
 * The years hearback reads dates in, at every boundary (timelines, options, API bodies,
 * mail, CSV). The calendar's tables and business days are built and tested for these
 * years; a date far outside them (year 275760, year 0) is a mistake, and planning toward
 * it would walk centuries of holidays.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
const FIRST_MS = Date.UTC(FIRST_YEAR, 0, 1);
const END_MS = Date.UTC(LAST_YEAR + 1, 0, 1);
/** The widest offsets real zones use today: -12:00 (Baker Island) to +14:00 (Kiribati). */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;

/** What a date-time outside the range is told: "what|expected", as the validators word it. */
export const OUTSIDE_RANGE = `outside the dates hearback reads|a date-time in ${FIRST_YEAR}-${LAST_YEAR}, its offset (if any) from -12:00 to +14:00`;
export const OUTSIDE_RANGE_DATE = `outside the dates hearback reads|a date or date-time in ${FIRST_YEAR}-${LAST_YEAR}`;

/** A moment given on the command line or in a request, refused: the field named, and why. */
export function momentProblem(field: string, given: string, example: string): string {
  const what = example.length === 10 ? "a date" : "a date-time";
  const why =
    parseDateOrDateTime(given, "UTC") === null ? `not ${what}` : "outside the dates hearback reads";
  return `${field}: ${why}: "${given}" (write it like ${example}, in the years ${FIRST_YEAR}-${LAST_YEAR})`;
}

/**
 * A moment people typed, as ISO 8601 with the offset of `writeIn`; without an offset it is
 * read on the clock of `readIn` (people type times on their own clock). With `dayOk`, a bare
 * day is its start. Null when it is not a date-time (or day) of the supported range.
 *
 * @example
 * readTypedMoment("2026-11-25T17:00", "America/New_York", "America/Denver") // "2026-11-25T15:00:00-07:00"
 */
export function readTypedMoment(
  given: string,
  readIn: string,
  writeIn: string,
  dayOk = false,
): string | null {
  const ms =
    dayOk && isIsoDate(given) ? atWallTime(given, "00:00", readIn) : parseDateTime(given, readIn);
  const shapeOk = dayOk ? isSupportedDateOrDateTime(given) : isSupportedDateTime(given);
  return ms === null || !isSupportedInstant(ms) || !shapeOk ? null : isoWithOffset(ms, writeIn);
}

/**
 * A "by then" people typed (a decision or return date): a day stays a day (a calendar day,
 * whoever's it is); a date-time is read like `readTypedMoment`. Null when out of range.
 */
export function readTypedDay(given: string, readIn: string, writeIn: string): string | null {
  const read = parseDateOrDateTime(given, readIn);
  if (read === null || !isSupportedDateOrDateTime(given)) return null;
  return read.ms === null ? read.date : isoWithOffset(read.ms, writeIn);
}

/** True when an instant falls within the supported years. */
export function isSupportedInstant(ms: number): boolean {
  return ms >= FIRST_MS && ms < END_MS;
}

/** True when `s` is a real `YYYY-MM-DD` day of the supported years. */
export function isSupportedDate(s: string): boolean {
  if (!isIsoDate(s)) return false;
  const y = digits4(s, 0);
  return y >= FIRST_YEAR && y <= LAST_YEAR;
}

/**
 * True when `s` is a date-time (see `parseDateTime`) within the supported years, and its
 * written offset, if any, is within those zones have: from -12:00 to +14:00 (not +23:59).
 */
export function isSupportedDateTime(s: string): boolean {
  const ms = parseDateTime(s, "UTC");
  return ms !== null && isSupportedInstant(ms) && writtenOffsetOk(trimmed(s));
}

/** A date or a date-time within the supported range. */
export function isSupportedDateOrDateTime(s: string): boolean {
  return isIsoDate(s) ? isSupportedDate(s) : isSupportedDateTime(s);
}

/**
 * The offset written after the time ("+05:30", "-0800", "+01", or with seconds as zones
 * had them before the 1970s: St John's was -03:30:52 in 1935), checked; none is fine.
 */
function writtenOffsetOk(s: string): boolean {
  const bracket = s.indexOf("[");
  const end = bracket < 0 ? s.length : bracket;
  // The date's own dashes end at index 7; a sign after the time starts the offset.
  let i = 11;
  while (i < end && s.charCodeAt(i) !== 43 && s.charCodeAt(i) !== 45) i++;
  if (i >= end) return true;
  const sign = s.charCodeAt(i) === 45 ? -1 : 1;
  // hh, then mm and ss, each after an optional colon.
  const parts: number[] = [];
  let j = i + 1;
  while (j < end && parts.length < 3) {
    if (parts.length > 0 && s.charCodeAt(j) === 58) j++;
    const v = digits2(s, j);
    if (v < 0) return false;
    parts.push(v);
    j += 2;
  }
  const [h = 0, m = 0, sec = 0] = parts;
  if (j !== end || m > 59 || sec > 59) return false;
  const minutes = sign * (h * 60 + m + sec / 60);
  return minutes >= MIN_OFFSET_MINUTES && minutes <= MAX_OFFSET_MINUTES;
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
  if (typeof at !== "string" || at.length > MAX_DATE_TIME_LENGTH) return null;
  const s = trimmed(at);
  const scanned = scanDateTime(s, zone);
  if (scanned !== undefined) return scanned;
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

/**
 * Reads the common shape `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+HH:MM|+HHMM|+HH]` with char codes
 * (a few times faster than the regular expression below, and date-times are most of a
 * timeline). Returns undefined for any other shape, which the slower paths then decide.
 */
function scanDateTime(s: string, zone: string): number | null | undefined {
  const n = s.length;
  if (n < 16) return undefined;
  const sep = s.charCodeAt(10);
  if ((sep !== 84 && sep !== 116 && sep !== 32) || s.charCodeAt(13) !== 58) return undefined; // T t " " ":"
  const day = scanDate(s);
  const h = digits2(s, 11);
  const mi = digits2(s, 14);
  if (h < 0 || mi < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  let i = 16;
  let sec = 0;
  let frac = 0;
  if (i < n && s.charCodeAt(i) === 58) {
    sec = digits2(s, i + 1);
    if (sec < 0) return undefined;
    i += 3;
    const dot = s.charCodeAt(i);
    if (i < n && (dot === 46 || dot === 44)) {
      const start = ++i;
      while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      const count = i - start;
      if (count < 1 || count > 9) return undefined;
      // Milliseconds are the first three digits: Temporal truncates the rest too.
      for (let k = 0; k < 3; k++) {
        frac = frac * 10 + (k < count ? s.charCodeAt(start + k) - 48 : 0);
      }
    }
  }
  let offset: number | null = null;
  if (i < n) {
    const c = s.charCodeAt(i);
    if ((c === 90 || c === 122) && i + 1 === n) {
      offset = 0; // Z
    } else if (c === 43 || c === 45) {
      const oh = digits2(s, i + 1);
      if (oh < 0) return undefined;
      i += 3;
      let om = 0;
      if (i < n) {
        if (s.charCodeAt(i) === 58) i++;
        om = digits2(s, i);
        if (om < 0) return undefined;
        i += 2;
      }
      if (i !== n) return undefined;
      if (oh > 23 || om > 59) return null;
      offset = (c === 45 ? -1 : 1) * (oh * 60 + om) * MINUTE_MS;
    } else {
      return undefined;
    }
  }
  if (day === Number.NEGATIVE_INFINITY || h > 23 || mi > 59 || sec > 60) return null;
  // A leap second (":60") is read as :59, as Temporal does.
  const wall = day * DAY_MS + h * HOUR_MS + mi * MINUTE_MS + Math.min(sec, 59) * 1000 + frac;
  if (offset !== null) return wall - offset;
  if (!isValidZone(zone)) return null;
  return wallToInstant(wall, zone);
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

/** "HH:MM" of the minutes of the day, each written once, when first asked for. */
const hourMinutes: string[] = [];

/** "09:30" for 570 minutes after midnight. */
function hourMinute(minutes: number): string {
  hourMinutes[minutes] ??= `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
  return hourMinutes[minutes];
}

/** The wall-clock time ("HH:MM") of an instant in a zone. */
export function wallTime(ms: number, zone: string): string {
  const local = ms + zoneOffsetMs(ms, zone);
  return hourMinute(Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS));
}

/** "+05:30" for an offset in milliseconds (with seconds for the odd historical offset). */
function offsetString(offset: number): string {
  let s = memo.offsetStrings.get(offset);
  if (s === undefined) {
    const abs = Math.abs(offset);
    const minutes = Math.floor(abs / MINUTE_MS);
    const seconds = Math.round((abs % MINUTE_MS) / 1000);
    s = `${offset < 0 ? "-" : "+"}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}${seconds ? `:${pad2(seconds)}` : ""}`;
    memo.offsetStrings.set(offset, s);
  }
  return s;
}

/** ISO 8601 with the zone's offset at that instant: "2026-11-13T09:00:00-07:00". */
export function isoWithOffset(ms: number, zone: string): string {
  // Deadlines fall on few instants (the start and end of working hours on business days),
  // so each is written once per zone and then shared: less work, and a large plan keeps
  // one copy of each string instead of one per action. The cache is direct-mapped by the
  // whole minute (a slot per minute modulo its size, the newest wins): a lookup is an array
  // read, with none of a large hash map's misses, and its size stays fixed.
  const minute = ms / MINUTE_MS;
  if (!Number.isInteger(minute)) return writeIsoWithOffset(ms, zone);
  const cache = zone === memo.lastIsoZone ? memo.lastIsoCache! : isoCacheOf(zone);
  const slot = minute & (ISO_CACHE_SLOTS - 1);
  if (cache.minutes[slot] === minute) return cache.isos[slot]!;
  const iso = writeIsoWithOffset(ms, zone);
  cache.minutes[slot] = minute;
  cache.isos[slot] = iso;
  return iso;
}

interface IsoCache {
  readonly minutes: Float64Array;
  readonly isos: string[];
}

const ISO_CACHE_SLOTS = 1 << 13;
const MAX_ISO_CACHES = 32;

function isoCacheOf(zone: string): IsoCache {
  let c = memo.isos.get(zone);
  if (c === undefined) {
    // 128 KB a zone: a process that meets more zones than people plan in starts afresh.
    if (memo.isos.size >= MAX_ISO_CACHES) memo.isos.clear();
    c = {
      minutes: new Float64Array(ISO_CACHE_SLOTS).fill(Number.NaN),
      isos: new Array<string>(ISO_CACHE_SLOTS).fill(""),
    };
    memo.isos.set(zone, c);
  }
  memo.lastIsoZone = zone;
  memo.lastIsoCache = c;
  return c;
}

function writeIsoWithOffset(ms: number, zone: string): string {
  const offset = zoneOffsetMs(ms, zone);
  // Whole seconds, as Temporal's toString({ smallestUnit: "second" }) truncates.
  const local = Math.floor((ms + offset) / 1000) * 1000;
  const day = Math.floor(local / DAY_MS);
  const secs = (local - day * DAY_MS) / 1000;
  const s = secs % 60;
  const iso = `${fromEpochDay(day)}T${hourMinute((secs - s) / 60)}${s === 0 ? ":00" : `:${pad2(s)}`}${offsetString(offset)}`;
  // Made flat now (reading a character joins the pieces): planned actions keep these
  // strings, and one flat string is cheaper to keep than a tree of its pieces.
  iso.charCodeAt(0);
  return iso;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Fri 13 Nov" for a day number (the label of `formatDay`, memoised). */
export function formatDayNumber(day: number): string {
  let s = memo.dayLabels.get(day);
  if (s === undefined) {
    s = formatDay(fromEpochDay(day));
    if (memo.dayLabels.size >= MAX_CACHED_DAYS) memo.dayLabels.clear();
    memo.dayLabels.set(day, s);
  }
  return s;
}

/** "Fri 13 Nov" (with the year when it is not `thisYear`). */
export function formatDay(date: string, thisYear?: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${WEEKDAYS[weekday(date) - 1]} ${d} ${MONTHS[m - 1]}${yearUnless(y, thisYear)}`;
}

/** " 2027" after a day's label, unless the year is `thisYear` (or none is given). */
function yearUnless(year: number, thisYear: number | undefined): string {
  return thisYear === undefined || thisYear === year ? "" : ` ${year}`;
}

/** "Fri 13 Nov, 9:00" in the given zone (with the year when it is not `thisYear`). */
export function formatDateTime(ms: number, zone: string, thisYear?: number): string {
  const local = ms + zoneOffsetMs(ms, zone);
  const day = Math.floor(local / DAY_MS);
  const minutes = Math.floor((local - day * DAY_MS) / MINUTE_MS);
  // The day's label from the memo: a coach's view writes some 1,500 times, over a few days.
  const date = fromEpochDay(day);
  const year = Number(date.slice(0, date.indexOf("-", 1)));
  const label = `${formatDayNumber(day)}${yearUnless(year, thisYear)}`;
  return `${label}, ${Math.floor(minutes / 60)}:${pad2(minutes % 60)}`;
}
