/**
 * `planApplicationStable` says until when a plan holds with only the clock moving. Callers
 * keep plans between runs on its word (the store's plan cache), so this checks it on random
 * timelines: at every sampled moment in [now, stableUntil) the planner, run afresh, gives
 * the same actions, with `overdue` recomputed for that moment.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../time/business-days.js";
import { DAY_MS, HOUR_MS, isoWithOffset, parseDateTime } from "../time/index.js";
import { foldApplication } from "./fold.js";
import { planApplication, planApplicationStable } from "./plan.js";
import { resolvePolicy } from "./policy.js";
import { localTime, PLACES, randomTimeline } from "./test-timelines.js";
import { type Action, SENT_KINDS, SIGNALS, STATUSES } from "./types.js";

const PEOPLE = ["Dana Lee", "Sam Ortiz", "Priya Shah"];

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

/** The case's application folded, its policy and its "now". */
function setUp(c: Case) {
  const state = foldApplication(randomTimeline(c.place, c.raw), { defaultZone: c.place.zone });
  const { policy } = resolvePolicy({ maxCheckInsUnanswered: c.maxCheckInsUnanswered });
  const now = parseDateTime(localTime(c.nowDay, c.nowMinute), c.place.zone)!;
  return { state, policy, now };
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
    let planned = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const { state, policy, now } = setUp(c);
        const stable = planApplicationStable(state, { policy, now, calendars: businessCalendar });
        expect(stable.actions).toEqual(
          planApplication(state, { policy, now, calendars: businessCalendar }),
        );
        expect(stable.dueByMs).toEqual(stable.actions.map((a) => Date.parse(a.dueBy)));
        if (stable.actions.length > 0) planned++;
      }),
      { numRuns: 200 },
    );
    expect(planned).toBeGreaterThanOrEqual(200 / 4);
  });

  it("gives the same actions at every moment from now until stableUntil, overdue aside", () => {
    let ending = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const { state, policy, now } = setUp(c);
        const kept = planApplicationStable(state, { policy, now, calendars: businessCalendar });
        const { stableUntil } = kept;
        expect(stableUntil === null || stableUntil > now).toBe(true);
        if (stableUntil !== null && kept.actions.length > 0) ending++;
        // With no end, look up to a year ahead; with one, also its last millisecond.
        const span = stableUntil === null ? 365 * DAY_MS : stableUntil - now;
        const points = c.samples.map((f) => now + Math.floor(f * span));
        points.push(now + span - 1, now + Math.min(span - 1, HOUR_MS));
        for (const at of points) {
          expect(planApplication(state, { policy, now: at, calendars: businessCalendar })).toEqual(
            asOf(kept, at, c.place.zone),
          );
        }
      }),
      { numRuns: 400 },
    );
    // Plans that end, checked up to their last millisecond.
    expect(ending).toBeGreaterThanOrEqual(400 / 5);
  });
});
