/**
 * An interview's times as its forms show them: the wall-clock start in a zone (what a
 * `datetime-local` field holds) and its length. The server reads and shows every time;
 * these only fill and check the fields.
 */

/** A stored time that names its offset ("...Z", "...-07:00"); without one it is the application's clock. */
const WITH_OFFSET = /(?:Z|[+-]\d\d:?\d\d)$/i;

/** "2026-11-20T08:00": the wall-clock time of a stored `at` in `zone`, for a datetime-local field. */
export function wallTime(at: string, zone: string): string {
  if (!WITH_OFFSET.test(at)) return at.slice(0, 16);
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
      .formatToParts(new Date(at))
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

/**
 * "10:30": the wall-clock end of an interview starting at `start` (a datetime-local value)
 * and lasting `minutes`, or "" when either is not a time yet. Counted on the wall clock: an
 * interview across a change of daylight saving time (at night, on a Sunday) would show an
 * end an hour off, here only.
 */
export function endTime(start: string, minutes: number): string {
  const ms = start === "" ? Number.NaN : Date.parse(`${start}:00Z`);
  if (Number.isNaN(ms) || !Number.isInteger(minutes) || minutes <= 0) return "";
  return new Date(ms + minutes * 60_000).toISOString().slice(11, 16);
}

/** What is wrong with a length typed in minutes, or undefined. */
export function durationProblem(typed: string): string | undefined {
  const d = Number(typed);
  return Number.isInteger(d) && d >= 5 && d <= 600
    ? undefined
    : "A whole number of minutes, from 5 to 600.";
}
