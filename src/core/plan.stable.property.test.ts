/**
 * `planApplicationStable` says until when a plan holds with only the clock moving. Callers
 * keep plans between runs on its word (the store's plan cache), so this checks it on random
 * timelines: at every sampled moment in [now, stableUntil) the planner, run afresh, gives
 * the same actions, with `overdue` recomputed for that moment.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, DAY_MS, HOUR_MS, isoWithOffset, parseDateTime } from "../time/index.js";
import { foldApplication } from "./fold.js";
import { planApplication, planApplicationStable } from "./plan.js";
import { resolvePolicy } from "./policy.js";
import { type Action, SENT_KINDS, SIGNALS, STATUSES, type TimelineEvent } from "./types.js";

const PLACES = [
  { zone: "America/New_York", region: "US" },
  { zone: "Europe/London", region: "GB" },
  { zone: "Australia/Sydney", region: "AU-NSW" },
  { zone: "Asia/Kolkata", region: "IN" },
  { zone: "America/Denver", region: "US-CO" },
] as const;
const PEOPLE = ["Dana Lee", "Sam Ortiz", "Priya Shah"];
const START = Date.UTC(2025, 0, 1);

const localTime = (days: number, minutes: number) =>
  new Date(START + days * DAY_MS + minutes * 60_000).toISOString().slice(0, 16);

const when = { day: fc.integer({ min: 0, max: 120 }), minute: fc.integer({ min: 0, max: 1439 }) };
const eventArb = fc.oneof(
  fc.record({
    type: fc.constant("interview" as const),
    ...when,
    people: fc.subarray(PEOPLE, { maxLength: 2 }),
    decisionIn: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  }),
  fc.record({
    type: fc.constant("sent" as const),
    ...when,
    kind: fc.constantFrom(...SENT_KINDS, "check-in", "check-in"),
    achievement: fc.boolean(),
  }),
  fc.record({
    type: fc.constant("reply" as const),
    ...when,
    signal: fc.constantFrom(...SIGNALS),
    dateIn: fc.option(fc.integer({ min: -3, max: 25 }), { nil: undefined }),
    from: fc.constantFrom(...PEOPLE),
  }),
  fc.record({
    type: fc.constant("status" as const),
    ...when,
    status: fc.constantFrom(...STATUSES, "still-open", "still-open"),
  }),
);

const caseArb = fc.record({
  place: fc.constantFrom(...PLACES),
  raw: fc.array(eventArb, { maxLength: 10 }),
  nowDay: fc.integer({ min: 0, max: 150 }),
  nowMinute: fc.integer({ min: 0, max: 1439 }),
  // Fractions of the stable span to sample, and offsets past it for a plan with no end.
  samples: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
    minLength: 3,
    maxLength: 6,
  }),
  maxCheckInsUnanswered: fc.integer({ min: 1, max: 3 }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function eventsOf(c: Case): TimelineEvent[] {
  const { zone, region } = c.place;
  const events: TimelineEvent[] = [
    { type: "application", app: "a1", company: "Acme", role: "PM", timezone: zone, region },
  ];
  for (const e of c.raw) {
    const at = localTime(e.day, e.minute);
    if (e.type === "interview") {
      events.push({
        type: "interview",
        app: "a1",
        at,
        interviewers: e.people.map((name) => ({ name })),
        ...(e.decisionIn === undefined
          ? {}
          : { decisionBy: addDays(at.slice(0, 10), e.decisionIn) }),
      });
    } else if (e.type === "sent") {
      events.push({
        type: "sent",
        app: "a1",
        at,
        kind: e.kind,
        ...(e.kind === "value-add" ? { variant: e.achievement ? "achievement" : "article" } : {}),
      });
    } else if (e.type === "reply") {
      events.push({
        type: "reply",
        app: "a1",
        at,
        from: e.from,
        signal: e.signal,
        ...(e.dateIn === undefined
          ? {}
          : e.signal === "out-of-office"
            ? { returnOn: addDays(at.slice(0, 10), e.dateIn) }
            : { decisionBy: addDays(at.slice(0, 10), e.dateIn) }),
      });
    } else {
      events.push({ type: "status", app: "a1", at, status: e.status });
    }
  }
  return events;
}

/**
 * A kept plan as a reader shows it at `at`: overdue recomputed, a floating action due at
 * `at`, and the order of `plan` (by dueBy; ties keep the kept order, as the sort is stable).
 */
function asOf(
  kept: { actions: readonly Action[]; dueByMs: readonly number[]; floating: readonly boolean[] },
  at: number,
  zone: string,
): Action[] {
  return kept.actions
    .map((a, i) =>
      kept.floating[i]
        ? { due: at, action: { ...a, dueBy: isoWithOffset(at, zone), overdue: false } }
        : { due: kept.dueByMs[i]!, action: { ...a, overdue: kept.dueByMs[i]! < at } },
    )
    .sort((x, y) => x.due - y.due)
    .map((x) => x.action);
}

describe("planApplicationStable", () => {
  it("plans what planApplication plans, with each action's dueBy beside it", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const state = foldApplication(eventsOf(c), { defaultZone: c.place.zone });
        const { policy } = resolvePolicy({ maxCheckInsUnanswered: c.maxCheckInsUnanswered });
        const now = parseDateTime(localTime(c.nowDay, c.nowMinute), c.place.zone)!;
        const stable = planApplicationStable(state, { policy, now });
        expect(stable.actions).toEqual(planApplication(state, { policy, now }));
        expect(stable.dueByMs).toEqual(stable.actions.map((a) => Date.parse(a.dueBy)));
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same actions at every moment from now until stableUntil, overdue aside", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const state = foldApplication(eventsOf(c), { defaultZone: c.place.zone });
        const { policy } = resolvePolicy({ maxCheckInsUnanswered: c.maxCheckInsUnanswered });
        const now = parseDateTime(localTime(c.nowDay, c.nowMinute), c.place.zone)!;
        const kept = planApplicationStable(state, { policy, now });
        const { stableUntil } = kept;
        expect(stableUntil === null || stableUntil > now).toBe(true);
        // With no end, look up to a year ahead; with one, also its last millisecond.
        const span = stableUntil === null ? 365 * DAY_MS : stableUntil - now;
        const points = c.samples.map((f) => now + Math.floor(f * span));
        points.push(now + span - 1, now + Math.min(span - 1, HOUR_MS));
        for (const at of points) {
          expect(planApplication(state, { policy, now: at })).toEqual(asOf(kept, at, c.place.zone));
        }
      }),
      { numRuns: 400 },
    );
  });
});
