/**
 * An interview's times as its forms show them: the wall-clock start in a zone (what a
 * `datetime-local` field holds) and its length. The server reads and shows every stored
 * time; these fill and check the fields and say beside them what a typed time means.
 */
import { placeOf } from "../../src/time/show.js";

/** A stored time that names its offset ("...Z", "...-07:00"); without one it is the application's clock. */
const WITH_OFFSET = /(?:Z|[+-]\d\d:?\d\d)$/i;

/** What the start fields say about their clock: the user's, as everywhere they type a time. */
export const YOUR_CLOCK = "On your clock (your time zone, as in Settings).";

/**
 * "2026-11-20T08:00": the wall-clock time in `zone` of a stored `at`, for a datetime-local
 * field. A time without an offset was written on the application's clock, `writtenIn`.
 */
export function wallTime(at: string, zone: string, writtenIn = zone): string {
  const named = WITH_OFFSET.test(at);
  if (!named && zone === writtenIn) return at.slice(0, 16);
  const ms = named ? Date.parse(at) : instantIn(at.slice(0, 16), writtenIn);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The instant (epoch ms) at which `zone`'s clocks show `wall` ("2026-11-20T09:00"): the
 * zone's offset then, found from the wall time read as UTC and checked once more at the
 * instant found (the offset may differ there, near a change of daylight saving time).
 */
export function instantIn(wall: string, zone: string): number {
  const asUtc = Date.parse(`${wall}:00Z`);
  const offset = (ms: number) =>
    Date.parse(`${wallTime(new Date(ms).toISOString(), zone)}:00Z`) - ms;
  return asUtc - offset(asUtc - offset(asUtc));
}

/** The instant of a datetime-local value on `zone`'s clock, or NaN while it is not a time yet. */
function typedInstant(wall: string, zone: string): number {
  return wall === "" || Number.isNaN(Date.parse(`${wall}:00Z`))
    ? Number.NaN
    : instantIn(wall, zone);
}

/**
 * "10:30": the end on `zone`'s clock of an interview starting at `start` (a datetime-local
 * value there) and lasting `minutes`, or "" when either is not a time yet. Counted from the
 * instant, so an interview across a change of daylight saving time ends when it really does.
 */
export function endTime(start: string, minutes: number, zone: string): string {
  const ms = typedInstant(start, zone);
  if (Number.isNaN(ms) || !Number.isInteger(minutes) || minutes <= 0) return "";
  return wallTime(new Date(ms + minutes * 60_000).toISOString(), zone).slice(11);
}

/**
 * "16:00 your time · 9:00 in Denver": a start typed on the user's clock with the employer's
 * beside it (their day named when it is another: "Sun 8 Nov, 2:00 in Berlin"), or "" when
 * both clocks agree or it is not a time yet.
 */
export function startBeside(start: string, yourZone: string, theirZone: string): string {
  const ms = typedInstant(start, yourZone);
  if (Number.isNaN(ms)) return "";
  const theirs = wallTime(new Date(ms).toISOString(), theirZone);
  if (theirs === start) return "";
  const clock = (wall: string) => `${Number(wall.slice(11, 13))}:${wall.slice(14)}`;
  const day =
    theirs.slice(0, 10) === start.slice(0, 10)
      ? ""
      : `${DAY.format(new Date(`${theirs.slice(0, 10)}T00:00Z`))}, `;
  return `${clock(start)} your time · ${day}${clock(theirs)} in ${placeOf(theirZone)}`;
}

/** "Sun 8 Nov": a calendar day, as hearback names days. */
const DAY = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

/** What is wrong with a length typed in minutes, or undefined. */
export function durationProblem(typed: string): string | undefined {
  const d = Number(typed);
  return Number.isInteger(d) && d >= 5 && d <= 600
    ? undefined
    : "A whole number of minutes, from 5 to 600.";
}
