/**
 * Small builders of timeline events for the core's tests (and the benchmarks): an
 * application "acme" in America/Denver with the US holiday calendar unless told otherwise.
 */
import { addDays, DAY_MS, parseDateTime } from "../time/index.js";
import type { Contact, SentKind, Signal, Status, TimelineEvent } from "./types.js";

export const ZONE = "America/Denver";
export const DANA: Contact = {
  name: "Dana Lee",
  email: "dana@acme.example",
  role: "hiring-manager",
};
export const SAM: Contact = { name: "Sam Ortiz" };

type Extra = Record<string, unknown>;

export const application = (extra: Extra = {}): TimelineEvent =>
  ({
    type: "application",
    app: "acme",
    company: "Acme",
    role: "Product Manager",
    timezone: ZONE,
    region: "US",
    ...extra,
  }) as TimelineEvent;

export const interview = (at: string, extra: Extra = {}): TimelineEvent =>
  ({ type: "interview", app: "acme", at, interviewers: [DANA], ...extra }) as TimelineEvent;

export const sent = (at: string, kind: string, extra: Extra = {}): TimelineEvent =>
  ({ type: "sent", app: "acme", at, kind, to: "Dana Lee", ...extra }) as TimelineEvent;

export const reply = (at: string, extra: Extra = {}): TimelineEvent =>
  ({ type: "reply", app: "acme", at, from: "Dana Lee", ...extra }) as TimelineEvent;

export const status = (at: string, value: string): TimelineEvent =>
  ({ type: "status", app: "acme", at, status: value }) as TimelineEvent;

/** An instant from a local date-time in the test zone (or any ISO string with offset). */
export function ms(at: string, zone = ZONE): number {
  const v = parseDateTime(at, zone);
  if (v === null) throw new Error(`not a date-time: ${at}`);
  return v;
}

/* ---------------------------------------------- random timelines (property tests) */

/** Zones with and without daylight saving, each with a holiday region of its own. */
export const PLACES = [
  { zone: "America/New_York", region: "US" },
  { zone: "Europe/London", region: "GB" },
  { zone: "Australia/Sydney", region: "AU-NSW" },
  { zone: "Asia/Kolkata", region: "IN" },
  { zone: "America/Denver", region: "US-CO" },
] as const;

const START = Date.UTC(2025, 0, 1);

/** A point in time: days after 1 Jan 2025 plus minutes, as a local date-time string. */
export const localTime = (days: number, minutes: number) =>
  new Date(START + days * DAY_MS + minutes * 60_000).toISOString().slice(0, 16);

/** One event as a property test draws it (a day and a minute stand for its time). */
export type RawEvent = { readonly day: number; readonly minute: number } & (
  | {
      readonly type: "interview";
      readonly people: readonly string[];
      readonly decisionIn: number | undefined;
    }
  | {
      readonly type: "sent";
      readonly kind: SentKind;
      readonly to?: string[] | undefined;
      readonly achievement: boolean;
    }
  | {
      readonly type: "reply";
      /** Without one, the reply has a text for the gauge to read. */
      readonly signal: Signal | undefined;
      readonly dateIn: number | undefined;
      readonly from: string;
    }
  | { readonly type: "status"; readonly status: Status }
);

/** The timeline of application `app` ("a1" unless told) in `place` made of drawn events. */
export function randomTimeline(
  place: { readonly zone: string; readonly region: string },
  raw: readonly RawEvent[],
  app = "a1",
): TimelineEvent[] {
  const events: TimelineEvent[] = [
    {
      type: "application",
      app,
      company: "Acme",
      role: "PM",
      timezone: place.zone,
      region: place.region,
    },
  ];
  for (const e of raw) {
    const at = localTime(e.day, e.minute);
    if (e.type === "interview") {
      events.push({
        type: "interview",
        app,
        at,
        interviewers: e.people.map((name) => ({ name })),
        ...(e.decisionIn === undefined
          ? {}
          : { decisionBy: addDays(at.slice(0, 10), e.decisionIn) }),
      });
    } else if (e.type === "sent") {
      events.push({
        type: "sent",
        app,
        at,
        kind: e.kind,
        ...(e.to ? { to: e.to } : {}),
        ...(e.kind === "value-add" ? { variant: e.achievement ? "achievement" : "article" } : {}),
      });
    } else if (e.type === "reply") {
      events.push({
        type: "reply",
        app,
        at,
        from: e.from,
        ...(e.signal ? { signal: e.signal } : { text: "Thanks for your note." }),
        ...(e.dateIn === undefined
          ? {}
          : e.signal === "out-of-office"
            ? { returnOn: addDays(at.slice(0, 10), e.dateIn) }
            : { decisionBy: addDays(at.slice(0, 10), e.dateIn) }),
      });
    } else {
      events.push({ type: "status", app, at, status: e.status });
    }
  }
  return events;
}
