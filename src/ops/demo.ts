/**
 * The demo job search, placed so that it starts today. `examples/demo.jsonl` tells of a job
 * search as of one fixed day (README examples and tests read it with `--now` on that day);
 * loaded as the demo, every date in it moves by the same number of days, so that its day
 * falls on the day it is loaded and the first screen looks like a working day, not a week
 * of missed deadlines. Times of day stay as written, in each application's zone.
 */
import { HearbackError } from "../core/errors.js";
import { addDays, dateInZone, epochDay } from "../time/index.js";
import { type OpContext, userZone } from "./context.js";

/** The day `examples/demo.jsonl` is written as of: Wed 18 Nov 2026. */
const DEMO_DAY = "2026-11-18";

/** The fields of an event that hold a date or a date-time. */
const DATED_FIELDS = ["at", "decisionBy", "returnOn"] as const;
const LEADING_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * The demo timeline (JSON Lines) with every date moved so that DEMO_DAY is today in `zone`.
 *
 * @example
 * demoTimeline(text, Date.parse("2027-03-03T15:00:00Z"), "America/New_York") // DEMO_DAY's events on 3 Mar 2027
 */
export function demoTimeline(text: string, now: number, zone: string): string {
  const days = epochDay(dateInZone(now, zone)) - epochDay(DEMO_DAY);
  return text
    .split("\n")
    .map((line) => {
      if (line.trim() === "") return line;
      const event = JSON.parse(line) as Record<string, unknown>;
      for (const field of DATED_FIELDS) {
        const value = event[field];
        if (typeof value === "string" && LEADING_DATE.test(value)) {
          event[field] = addDays(value.slice(0, 10), days) + value.slice(10);
        }
      }
      return JSON.stringify(event);
    })
    .join("\n");
}

/**
 * Loads the demo job search from `file` (examples/demo.jsonl), moved to start today, into
 * an empty store; a store holding anything is refused, so the user's data stays as it is.
 */
export async function loadDemo(
  ctx: OpContext,
  file: string | undefined,
): Promise<{ readonly events: number; readonly applications: number }> {
  if (!file) throw new HearbackError("not-found", "there is no demo to load");
  if ((await ctx.store.appIds()).length > 0) {
    throw new HearbackError(
      "conflict",
      "the demo loads only when nothing is stored yet (your data stays as it is)",
    );
  }
  const { readFile } = await import("node:fs/promises");
  const text = await readFile(file, "utf8").catch(() => {
    throw new HearbackError("not-found", `the demo file is missing: ${file}`);
  });
  const { runOp } = await import("./index.js");
  const r = await runOp(ctx, "importTimeline", {
    text: demoTimeline(text, ctx.now, userZone(ctx)),
    name: "demo.jsonl",
  });
  return { events: r.imported, applications: r.applications.length };
}
