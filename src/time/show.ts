/**
 * How times are shown to people: the one rule, used by the CLI, the web views, the report,
 * drafts and calendar files alike.
 *
 * - A moment is shown in the reader's own zone (their setting, else their computer's),
 *   with the weekday: "Fri 13 Nov, 9:00". Never in the zone of the computer that happens
 *   to run hearback, and never in the employer's zone alone.
 * - Where the employer's clock matters (an interview, a window set by their working hours),
 *   their time is shown beside it with the place: "Thu 26 Nov, 11:45 your time · 9:45 in
 *   Denver". When both clocks agree, the moment is shown once.
 * - A calendar day ("decide by 2026-11-13") is a day, not a moment: shown as is.
 * - "Today", "this week" and "overdue" are counted on the reader's days.
 *
 * Pure: the reader's zone and "now" are arguments.
 */
import { dayInZone, formatDateTime, formatDay, fromEpochDay, zoneOffsetMs } from "./base.js";

/** Who a time is shown to: their zone, and the moment they read it (for the year and "today"). */
export interface Reader {
  readonly zone: string;
  readonly now: number;
}

/** The reader's current year: a date in it is shown without the year. */
function yearOf(reader: Reader): number {
  return Number(fromEpochDay(dayInZone(reader.now, reader.zone)).slice(0, 4));
}

/** "Fri 13 Nov, 9:00": a moment in the reader's zone (with the year when not theirs now). */
export function showTime(ms: number, reader: Reader): string {
  return formatDateTime(ms, reader.zone, yearOf(reader));
}

/** "Fri 13 Nov": a calendar day, which stays the same day in every zone. */
export function showDay(date: string, reader: Reader): string {
  return formatDay(date, yearOf(reader));
}

/** "Fri 13 Nov": the reader's day of a moment. */
export function showDayOf(ms: number, reader: Reader): string {
  return formatDay(fromEpochDay(dayInZone(ms, reader.zone)), yearOf(reader));
}

/** "Denver" for "America/Denver", "Los Angeles" for "America/Los_Angeles". */
export function placeOf(zone: string): string {
  return zone.slice(zone.lastIndexOf("/") + 1).replaceAll("_", " ");
}

/**
 * A moment in the reader's zone, with the employer's clock beside it when theirs shows
 * another time: "Thu 26 Nov, 11:45 your time · 9:45 in Denver" (their day is named too
 * when it is another day: "Mon 7 Dec, 1:00 your time · Sun 6 Dec, 22:00 in Los Angeles").
 */
export function showTimeBeside(ms: number, reader: Reader, theirZone: string): string {
  const mine = showTime(ms, reader);
  const theirs = showTheirTime(ms, reader, theirZone);
  return theirs === null ? mine : `${mine} your time · ${theirs}`;
}

/**
 * A window in the reader's zone, with the employer's clock beside it where it differs:
 * "Mon 7 Dec, 3:00 to Wed 9 Dec, 11:00 your time (Mon 9:00 to Wed 17:00 in Berlin)".
 */
export function showSpan(fromMs: number, toMs: number, reader: Reader, theirZone: string): string {
  const mine = `${showTime(fromMs, reader)} to ${showTime(toMs, reader)}`;
  if (sameClock(fromMs, reader, theirZone) && sameClock(toMs, reader, theirZone)) return mine;
  // Across days, each end names its weekday there: "14:00 to 14:00" would say nothing.
  const days = dayInZone(fromMs, theirZone) !== dayInZone(toMs, theirZone);
  const end = (ms: number) => {
    const clock = theirClock(ms, reader, theirZone);
    return days && clock.length <= 5 ? `${weekdayThere(ms, theirZone)} ${clock}` : clock;
  };
  return `${mine} your time (${end(fromMs)} to ${end(toMs)} in ${placeOf(theirZone)})`;
}

/** "Mon": the weekday of a moment in a zone. */
function weekdayThere(ms: number, zone: string): string {
  return formatDay(fromEpochDay(dayInZone(ms, zone))).slice(0, 3);
}

function sameClock(ms: number, reader: Reader, theirZone: string): boolean {
  return theirZone === reader.zone || zoneOffsetMs(ms, theirZone) === zoneOffsetMs(ms, reader.zone);
}

/** The employer's clock at a moment: the time alone when it is the reader's day there too. */
function theirClock(ms: number, reader: Reader, theirZone: string): string {
  const theirs = showTime(ms, { zone: theirZone, now: reader.now });
  return dayInZone(ms, theirZone) === dayInZone(ms, reader.zone)
    ? theirs.slice(theirs.indexOf(", ") + 2)
    : theirs;
}

/**
 * The employer's clock at a moment, for lists whose column already gives the reader's time:
 * "9:00 in Berlin" ("Sun 6 Dec, 22:00 in Los Angeles" when it is another day there); null
 * when the reader's clock shows the same.
 */
export function showTheirTime(ms: number, reader: Reader, theirZone: string): string | null {
  return sameClock(ms, reader, theirZone)
    ? null
    : `${theirClock(ms, reader, theirZone)} in ${placeOf(theirZone)}`;
}

/** Says whose clock a list of times is on: "times in your zone, America/New_York". */
export function whoseTimes(reader: Reader): string {
  return `times in your zone, ${reader.zone}`;
}

/** Where a planned action goes on the reader's agenda. */
export type DueGroup = "overdue" | "today" | "week" | "later";

/**
 * The agenda group of an action, on the reader's days: overdue when its deadline has
 * passed; today when its deadline falls today; this week when its window is open or opens
 * within seven days; later otherwise. (A window that opened yesterday with a deadline on
 * Tuesday is not "due today" on Saturday.)
 */
export function dueGroup(
  a: { readonly overdue: boolean; readonly dueFromMs: number; readonly dueByMs: number },
  reader: Reader,
): DueGroup {
  if (a.overdue) return "overdue";
  const today = dayInZone(reader.now, reader.zone);
  if (dayInZone(a.dueByMs, reader.zone) <= today) return "today";
  return dayInZone(a.dueFromMs, reader.zone) < today + 7 ? "week" : "later";
}
