/**
 * Property tests of the planner's guardrails over hundreds of random timelines: random
 * zones and holiday regions, interview rounds, messages, replies of every signal, statuses,
 * policies and "now"s.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../time/business-days.js";
import {
  addDays,
  DAY_MS,
  dayInZone,
  HOUR_MS,
  isoWithOffset,
  parseDateTime,
  zoneOffsetMs,
} from "../time/index.js";
import { fold, foldApplication } from "./fold.js";
import { plan } from "./plan.js";
import { type Policy, resolvePolicy } from "./policy.js";
import { localTime, PLACES, type RawEvent, randomTimeline } from "./test-timelines.js";
import {
  ACTION_KIND_ORDER,
  type Action,
  SENT_KINDS,
  SIGNALS,
  STATUSES,
  type TimelineEvent,
} from "./types.js";

const PEOPLE = ["Dana Lee", "Sam Ortiz", "Priya Shah", "Chris Novak"];
const RUNS = 300;

const eventArb = fc.oneof(
  fc.record({
    type: fc.constant("interview" as const),
    day: fc.integer({ min: 0, max: 200 }),
    minute: fc.integer({ min: 7 * 60, max: 18 * 60 }),
    people: fc.subarray(PEOPLE, { maxLength: 3 }),
    decisionIn: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  }),
  fc.record({
    type: fc.constant("sent" as const),
    day: fc.integer({ min: 0, max: 260 }),
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    kind: fc.constantFrom(...SENT_KINDS),
    to: fc.option(fc.subarray(PEOPLE, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    achievement: fc.boolean(),
  }),
  fc.record({
    type: fc.constant("reply" as const),
    day: fc.integer({ min: 0, max: 260 }),
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    signal: fc.option(fc.constantFrom(...SIGNALS), { nil: undefined }),
    dateIn: fc.option(fc.integer({ min: -3, max: 40 }), { nil: undefined }),
    from: fc.constantFrom(...PEOPLE),
  }),
  fc.record({
    type: fc.constant("status" as const),
    day: fc.integer({ min: 0, max: 260 }),
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    status: fc.constantFrom(...STATUSES, "still-open", "still-open"),
  }),
);

const timelineArb = fc.record({
  place: fc.constantFrom(...PLACES),
  raw: fc.array(eventArb, { maxLength: 14 }),
  nowDay: fc.integer({ min: 0, max: 300 }),
  nowMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  overrides: fc.record(
    {
      minSpacingBusinessDays: fc.integer({ min: 2, max: 20 }),
      defaultWaitBusinessDays: fc.integer({ min: 3, max: 20 }),
      valueAddMinGapDays: fc.integer({ min: 7, max: 90 }),
      valueAddAfterDays: fc.integer({ min: 7, max: 120 }),
      maxAchievementMentions: fc.integer({ min: 0, max: 3 }),
      maxValueAdds: fc.integer({ min: 0, max: 6 }),
      maxCheckInsUnanswered: fc.integer({ min: 1, max: 5 }),
    },
    { requiredKeys: [] },
  ),
});

type Case = Omit<typeof timelineArb extends fc.Arbitrary<infer T> ? T : never, "raw"> & {
  readonly raw: readonly RawEvent[];
};

/**
 * Timelines where a value-add is due (interviewed, a warm reply, the job still open) with a
 * few value-adds already sent, some mentioning an achievement, and a few random events: the
 * case where the planner chooses between an achievement and an article.
 */
const warmStillOpenArb = fc
  .record({
    place: fc.constantFrom(...PLACES),
    interviewDay: fc.integer({ min: 0, max: 30 }),
    signal: fc.constantFrom("encouraging" as const, "next-step" as const),
    // An odd number sent makes the next one an achievement's turn ("every other one"); an
    // even number, an article's. Few mention an achievement already, so the cap rarely binds.
    valueAdds: fc
      .oneof(
        { arbitrary: fc.integer({ min: 0, max: 2 }).map((k) => 2 * k + 1), weight: 3 },
        { arbitrary: fc.integer({ min: 0, max: 2 }).map((k) => 2 * k), weight: 1 },
      )
      .chain((n) =>
        fc.array(
          fc.integer({ min: 0, max: 3 }).map((x) => x === 0),
          { minLength: n, maxLength: n },
        ),
      ),
    extra: fc.array(eventArb, { maxLength: 2 }),
    nowAfter: fc.integer({ min: 0, max: 60 }),
    nowMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    // Mostly room for one more value-add and for an achievement; sometimes neither.
    overrides: fc.record({
      maxAchievementMentions: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 4 },
        { arbitrary: fc.constant(0), weight: 1 },
      ),
      maxValueAdds: fc.oneof(
        { arbitrary: fc.constant(6), weight: 3 },
        { arbitrary: fc.integer({ min: 1, max: 6 }), weight: 1 },
      ),
    }),
  })
  .map((w): Case => {
    const d = w.interviewDay;
    const sent: RawEvent[] = w.valueAdds.map((achievement, i) => ({
      type: "sent",
      day: d + 30 + 25 * i,
      minute: 10 * 60,
      kind: "value-add",
      achievement,
    }));
    const raw: RawEvent[] = [
      { type: "interview", day: d, minute: 10 * 60, people: ["Dana Lee"], decisionIn: undefined },
      {
        type: "reply",
        day: d + 3,
        minute: 9 * 60,
        signal: w.signal,
        dateIn: undefined,
        from: "Dana Lee",
      },
      { type: "status", day: d + 4, minute: 9 * 60, status: "still-open" },
      ...sent,
      ...w.extra,
    ];
    return {
      place: w.place,
      raw,
      nowDay: d + 30 + 25 * w.valueAdds.length + w.nowAfter,
      nowMinute: w.nowMinute,
      overrides: w.overrides,
    };
  });

function build(c: Case): { events: TimelineEvent[]; now: number; policy: Policy; zone: string } {
  const { zone } = c.place;
  const events = randomTimeline(c.place, c.raw);
  const { policy, problems } = resolvePolicy(c.overrides);
  expect(problems).toEqual([]);
  const now = parseDateTime(localTime(c.nowDay, c.nowMinute), zone)!;
  return { events, now, policy, zone };
}

const instant = (events: readonly TimelineEvent[], zone: string) =>
  events
    .filter((e) => e.type !== "application")
    .map((e) => ({ e, ms: parseDateTime((e as { at: string }).at, zone)! }));

const isFollowUp = (a: Action) => a.kind === "check-in" || a.kind === "value-add";

describe("plan's guardrails hold on random timelines", () => {
  it("gives every action a window that opens no later than it closes", () => {
    const seen = { overdue: 0, due: 0 };
    fc.assert(
      fc.property(timelineArb, (c) => {
        const { events, now, policy } = build(c);
        for (const a of plan({ events, now, policy, calendars: businessCalendar })) {
          expect(Date.parse(a.dueFrom)).toBeLessThanOrEqual(Date.parse(a.dueBy));
          expect(a.overdue).toBe(Date.parse(a.dueBy) < now);
          expect(a.reason.length).toBeGreaterThan(20);
          seen[a.overdue ? "overdue" : "due"]++;
        }
      }),
      { numRuns: RUNS },
    );
    // Both sides of `overdue` were checked, many times.
    expect(seen.overdue).toBeGreaterThanOrEqual(RUNS / 10);
    expect(seen.due).toBeGreaterThanOrEqual(RUNS / 10);
  });

  it("plans at most one check-in or value-add per employer, spaced from every other touch", () => {
    let spaced = 0;
    fc.assert(
      fc.property(timelineArb, (c) => {
        const { events, now, policy, zone } = build(c);
        const cal = businessCalendar(c.place.region);
        const actions = plan({ events, now, policy, calendars: businessCalendar });
        const followUps = actions.filter(isFollowUp);
        expect(followUps.length).toBeLessThanOrEqual(1);
        const touches = instant(events, zone)
          .filter(({ e, ms }) => e.type === "sent" && ms <= now)
          .map(({ e, ms }) => ({ ms, kind: (e as { kind: string }).kind }));
        for (const a of actions) {
          if (a.kind === "thank-you") touches.push({ ms: Date.parse(a.dueBy), kind: "thank-you" });
        }
        if (followUps.length > 0 && touches.length > 0) spaced++;
        for (const f of followUps) {
          const day = dayInZone(Date.parse(f.dueFrom), zone);
          expect(cal.isBusinessDayNumber(day)).toBe(true);
          expect(isoWithOffset(Date.parse(f.dueFrom), zone).slice(11, 16)).toBe(
            policy.workingHours.start,
          );
          for (const t of touches) {
            const tDay = dayInZone(t.ms, zone);
            expect(cal.businessDaysBetweenDays(tDay, day)).toBeGreaterThanOrEqual(
              policy.minSpacingBusinessDays,
            );
            if (t.kind === "value-add" || f.kind === "value-add") {
              expect(day - tDay).toBeGreaterThanOrEqual(policy.valueAddMinGapDays);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
    // The spacing is only checked when a follow-up is planned after some touch.
    expect(spaced).toBeGreaterThanOrEqual(RUNS / 15);
  });

  it("plans nothing after an ending outcome but the final thank-you and keep-in-touch", () => {
    const ended = { rejected: 0, other: 0 };
    fc.assert(
      fc.property(timelineArb, (c) => {
        const { events, now, policy, zone } = build(c);
        // The outcome as of now, read straight from the events: the last ending (or
        // reopening) status, or a reply labelled as an offer or a rejection.
        let outcome: string | null = null;
        const timed = instant(events, zone).sort((x, y) => x.ms - y.ms);
        for (const { e, ms } of timed) {
          if (ms > now) continue;
          if (e.type === "status")
            outcome = e.status === "still-open" || e.status === "on-hold" ? null : e.status;
          if (e.type === "reply" && (e.signal === "rejection" || e.signal === "offer")) {
            outcome = e.signal === "rejection" ? "rejected" : "offer";
          }
        }
        const kinds = plan({ events, now, policy, calendars: businessCalendar }).map((a) => a.kind);
        if (outcome === "rejected") {
          ended.rejected++;
          expect(kinds.every((k) => k === "final-thanks" || k === "keep-in-touch")).toBe(true);
          expect(kinds.length).toBeLessThanOrEqual(1);
        } else if (outcome !== null) {
          ended.other++;
          expect(kinds).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
    expect(ended.rejected).toBeGreaterThanOrEqual(RUNS / 60);
    expect(ended.other).toBeGreaterThanOrEqual(RUNS / 20);
  });

  it("never adds a check-in or value-add after a brush-off", () => {
    let stopped = 0;
    fc.assert(
      fc.property(timelineArb, (c) => {
        const { events, now, policy, zone } = build(c);
        // The brush-off comes after everything that happened by now.
        const before = instant(events, zone).filter(({ ms }) => ms < now);
        const latest = Math.max(...before.map(({ ms }) => ms), now - 30 * DAY_MS);
        const at = isoWithOffset(Math.min(latest + 60_000, now), zone);
        const withBrushOff = [
          ...events,
          { type: "reply", app: "a1", at, from: "Dana Lee", signal: "brush-off" } as TimelineEvent,
        ];
        const actions = plan({ events: withBrushOff, now, policy, calendars: businessCalendar });
        expect(actions.filter(isFollowUp)).toEqual([]);
        // The interesting case: without the brush-off, a follow-up was planned.
        if (plan({ events, now, policy, calendars: businessCalendar }).some(isFollowUp)) stopped++;
      }),
      { numRuns: RUNS },
    );
    expect(stopped).toBeGreaterThanOrEqual(RUNS / 10);
  });

  it("keeps achievement mentions within their cap, planning one in many runs", () => {
    let plannedOne = 0;
    fc.assert(
      fc.property(warmStillOpenArb, (c) => {
        const { events, now, policy, zone } = build(c);
        const sentAchievements = instant(events, zone).filter(
          ({ e, ms }) =>
            ms <= now && e.type === "sent" && e.variant === "achievement" && e.kind === "value-add",
        ).length;
        const planned = plan({ events, now, policy, calendars: businessCalendar }).filter(
          (a) => a.kind === "value-add" && a.variant === "achievement",
        ).length;
        if (planned > 0) plannedOne++;
        expect(sentAchievements + planned).toBeLessThanOrEqual(
          Math.max(policy.maxAchievementMentions, sentAchievements),
        );
      }),
      { numRuns: RUNS },
    );
    // The cap is only tested when an achievement is planned: make sure that is common.
    expect(plannedOne).toBeGreaterThanOrEqual(RUNS / 5);
  });

  it("never mutates its input and gives the same answer twice", () => {
    let planned = 0;
    fc.assert(
      fc.property(timelineArb, (c) => {
        const { events, now, policy } = build(c);
        const before = structuredClone(events);
        const first = plan({ events, now, policy, calendars: businessCalendar });
        expect(events).toEqual(before);
        expect(plan({ events: before, now, policy, calendars: businessCalendar })).toEqual(first);
        if (first.length > 0) planned++;
      }),
      { numRuns: RUNS },
    );
    // Two empty plans would agree trivially.
    expect(planned).toBeGreaterThanOrEqual(RUNS / 4);
  });
});

describe("the fold reads a timeline however its events are arranged", () => {
  /** The events of several applications, each renamed ("a0", "a1", ...). */
  const appsArb = fc.array(
    fc.record({ place: fc.constantFrom(...PLACES), raw: fc.array(eventArb, { maxLength: 40 }) }),
    { minLength: 1, maxLength: 4 },
  );
  const named = (apps: { place: (typeof PLACES)[number]; raw: RawEvent[] }[]) =>
    apps.map(({ place, raw }, i) => randomTimeline(place, raw, `a${i}`));

  it("folds each application's events alike, whether they come in one run or interleaved", () => {
    let interleaved = 0;
    fc.assert(
      fc.property(appsArb, fc.infiniteStream(fc.nat()), (apps, picks) => {
        const lists = named(apps);
        const together = fold(lists.flat(), { defaultZone: "UTC" });
        expect(together).toEqual(
          lists.map((list) => foldApplication(list, { defaultZone: "UTC" })),
        );
        // Interleaved: each application's own events keep their order, and its application
        // event still comes first among them.
        const queues = lists.map((list) => [...list]);
        const mixed: TimelineEvent[] = [];
        const pick = picks[Symbol.iterator]();
        for (let left = queues.filter((q) => q.length > 0); left.length > 0; ) {
          mixed.push(left[pick.next().value % left.length]!.shift()!);
          left = left.filter((q) => q.length > 0);
        }
        if (mixed.some((e, i) => e !== lists.flat()[i])) interleaved++;
        // In the order the applications first appear, which interleaving may change.
        const byApp = fold(mixed, { defaultZone: "UTC" }).toSorted((a, b) =>
          a.app.localeCompare(b.app),
        );
        expect(byApp).toEqual(together);
      }),
      { numRuns: RUNS },
    );
    expect(interleaved).toBeGreaterThanOrEqual(RUNS / 5);
  });

  it("folds a shuffled application as it folds the same events in time order", () => {
    let outOfOrder = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.array(eventArb, { maxLength: 60, size: "max" }),
        (place, raw) => {
          const [app, ...rest] = randomTimeline(place, raw);
          const timed = instant(rest, place.zone)
            .map((x, i) => ({ ...x, i }))
            .sort((a, b) => a.ms - b.ms || a.i - b.i)
            .map((x) => x.e);
          if (timed.some((e, i) => e !== rest[i])) outOfOrder++;
          expect(foldApplication([app!, ...rest], { defaultZone: "UTC" })).toEqual(
            foldApplication([app!, ...timed], { defaultZone: "UTC" }),
          );
        },
      ),
      { numRuns: RUNS },
    );
    expect(outOfOrder).toBeGreaterThanOrEqual(RUNS / 5);
  });
});

describe("plan's order", () => {
  it("is by dueBy, then application, then kind, then person, however many actions tie", () => {
    // Copies of one application under other names tie on every deadline: long runs of ties.
    // The names share prefixes and some are not ASCII, as the order takes care of both.
    const arb = fc.record({
      place: fc.constantFrom(...PLACES),
      raw: fc.array(eventArb, { maxLength: 14 }),
      copies: fc.integer({ min: 1, max: 40 }),
      others: fc.array(fc.array(eventArb, { maxLength: 14 }), { maxLength: 5 }),
      nowDay: fc.integer({ min: 0, max: 300 }),
    });
    let ties = 0;
    fc.assert(
      fc.property(arb, (c) => {
        const timelines = [...Array.from({ length: c.copies }, () => c.raw), ...c.others].map(
          (raw, i) =>
            randomTimeline(
              c.place,
              raw,
              `${["app", "äpp", "app-€", "app.", "Z"][i % 5]}-${(i * 7919) % 97}-${i}`,
            ),
        );
        const now = parseDateTime(localTime(c.nowDay, 600), c.place.zone)!;
        const actions = plan({ events: timelines.flat(), now, calendars: businessCalendar });
        for (let k = 1; k < actions.length; k++) {
          const a = actions[k - 1]!;
          const b = actions[k]!;
          const key = (x: Action) =>
            [Date.parse(x.dueBy), x.app, ACTION_KIND_ORDER[x.kind], x.to ?? ""] as const;
          const [da, aa, ka, ta] = key(a);
          const [db, ab, kb, tb] = key(b);
          const before = da !== db ? da < db : aa !== ab ? aa < ab : ka !== kb ? ka < kb : ta <= tb;
          expect(before, `${JSON.stringify(a)} before ${JSON.stringify(b)}`).toBe(true);
        }
        if (actions.some((a, k) => k > 0 && a.dueBy === actions[k - 1]!.dueBy)) ties++;
      }),
      { numRuns: 150 },
    );
    // Ties on dueBy are what the rest of the order decides.
    expect(ties).toBeGreaterThanOrEqual(150 / 5);
  });
});

describe("the thank-you deadline", () => {
  // Days around each zone's 2026 clock changes, and a random spread besides.
  const CHANGES: Record<string, readonly string[]> = {
    "America/New_York": ["2026-03-07", "2026-03-08", "2026-10-31", "2026-11-01"],
    "Europe/London": ["2026-03-28", "2026-03-29", "2026-10-24", "2026-10-25"],
    "Australia/Sydney": ["2026-04-04", "2026-04-05", "2026-10-03", "2026-10-04"],
    "Asia/Kolkata": ["2026-03-08", "2026-11-01"],
  };

  it.each(Object.keys(CHANGES))(
    "is exactly 24 elapsed hours after the interview's end in %s, across daylight saving too",
    (zone) => {
      let acrossChange = 0;
      fc.assert(
        fc.property(
          fc.oneof(
            fc.constantFrom(...CHANGES[zone]!),
            fc.integer({ min: 0, max: 730 }).map((d) => addDays("2025-06-01", d)),
          ),
          fc.integer({ min: 0, max: 24 * 60 - 1 }),
          fc.integer({ min: 15, max: 240 }),
          (date, minute, duration) => {
            const at = `${date}T${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
            const events: TimelineEvent[] = [
              { type: "application", app: "a1", company: "Acme", role: "PM", timezone: zone },
              {
                type: "interview",
                app: "a1",
                at,
                durationMinutes: duration,
                interviewers: [{ name: "Dana Lee" }],
              },
            ];
            const end = parseDateTime(at, zone)! + duration * 60_000;
            const [a] = plan({ events, now: end + HOUR_MS, calendars: businessCalendar }).filter(
              (x) => x.kind === "thank-you",
            );
            expect(Date.parse(a!.dueFrom)).toBe(end);
            expect(Date.parse(a!.dueBy) - end).toBe(24 * HOUR_MS);
            if (zoneOffsetMs(end, zone) !== zoneOffsetMs(end + 24 * HOUR_MS, zone)) acrossChange++;
          },
        ),
        { numRuns: 200 },
      );
      // India keeps one offset all year; the others change theirs twice in 2026.
      if (zone === "Asia/Kolkata") expect(acrossChange).toBe(0);
      else expect(acrossChange).toBeGreaterThanOrEqual(200 / 20);
    },
  );
});
